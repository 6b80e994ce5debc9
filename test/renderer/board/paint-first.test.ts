import { describe, expect, it } from 'vitest'
import { STAGES } from '../../../src/shared/model'
import { cardsChanged, ROWS_IN_VIEW } from '../../../src/renderer/src/screens/board/paint-first'
import type { ColumnIds } from '../../../src/renderer/src/screens/board/board-model'

const columns = (fill: Partial<Record<(typeof STAGES)[number], string[]>>): ColumnIds =>
  Object.fromEntries(STAGES.map((s) => [s, fill[s] ?? []])) as unknown as ColumnIds

describe('cardsChanged', () => {
  it('counts only the cards in view that show another process', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `p${i}`)
    const prev = columns({ scheduled: ids, waiting: ['a', 'b'] })
    expect(cardsChanged(prev, prev)).toBe(0)
    // Below the rows in view nothing is rendered, so nothing there counts.
    expect(cardsChanged(prev, columns({ scheduled: [...ids.slice(0, ROWS_IN_VIEW), 'x'], waiting: ['a', 'b'] }))).toBe(0)
    expect(cardsChanged(prev, columns({ scheduled: ['p1', 'p2'], waiting: ['a'] }))).toBe(ROWS_IN_VIEW + 1)
  })
})
