import { STAGES } from '../../../../shared/model'
import type { ColumnIds } from './board-model'

/** Rows a column has in the DOM at once: the four cards a column shows and two below them. */
export const ROWS_IN_VIEW = 6

/**
 * A keystroke that changes more cards than this paints the letter typed first and the cards in
 * the frame after it. Rewriting three dozen cards (every column's view) costs this software-
 * rendered Chromium about three frames; left in the keystroke's frame, it held the letter on
 * screen back just as long.
 */
export const MANY_CARDS = 12

/** How many of the cards in view show another process (or none) in `next` than in `prev`. */
export function cardsChanged(prev: ColumnIds, next: ColumnIds, rows = ROWS_IN_VIEW): number {
  let changed = 0
  for (const stage of STAGES) {
    const a = prev[stage]
    const b = next[stage]
    if (a === b) continue
    for (let i = 0; i < rows && (i < a.length || i < b.length); i++) if (a[i] !== b[i]) changed++
  }
  return changed
}

/** Calls `then` once the next frame has been rendered; returns a function that cancels it. */
export function afterNextPaint(then: () => void): () => void {
  let cancelled = false
  const frame = requestAnimationFrame(() => {
    // A message posted from the frame's callbacks arrives after that frame has been rendered.
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      if (!cancelled) then()
    }
    channel.port2.postMessage(null)
  })
  return () => {
    cancelled = true
    cancelAnimationFrame(frame)
  }
}
