// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, screen } from '@testing-library/react'
import { installBridge, northwind, renderComposer, seed } from '../compose/compose-fixture'
import { mountReview } from '../review/review-fixture'

vi.mock('../../../src/renderer/src/screens/compose/grammar-client', async () => {
  const { grammarModule } = await import('../compose/fake-grammar')
  return { grammarChecker: () => grammarModule.current }
})

afterEach(cleanup)

// A right-to-left company or role beside a separator: each name must be its own bidi island,
// or the browser reorders "role · company" into a jumble.
const COMPANY = 'شركة النور'
const ROLE = 'مهندس برمجيات'

const isolated = (text: string) => [...document.querySelectorAll('bdi')].some((b) => b.textContent === text)

describe('right-to-left names in breadcrumbs and titles', () => {
  it('composer: the back link and the subtitle isolate each name', () => {
    installBridge()
    seed([northwind({ company: COMPANY, role: ROLE })])
    renderComposer({ processId: 'north', situation: 'status-check' })
    expect(screen.getByRole('button', { name: new RegExp(COMPANY) }).querySelector('bdi')?.textContent).toBe(COMPANY)
    expect(isolated(ROLE)).toBe(true)
    expect(document.querySelectorAll('bdi').length).toBeGreaterThanOrEqual(3)
  })

  it('review: the breadcrumb isolates company and role', () => {
    mountReview({ process: { company: COMPANY, role: ROLE } })
    const back = screen.getByRole('button', { name: new RegExp(COMPANY) })
    expect([...back.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual([COMPANY, ROLE])
  })
})
