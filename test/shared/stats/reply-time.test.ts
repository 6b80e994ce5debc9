import { describe, expect, it } from 'vitest'
import { quantile, replyTimes, spread } from '../../../src/shared/stats/reply-time'
import { TODAY, pipeline, proc, received, round } from './fixtures'

describe('replyTimes', () => {
  it('has no samples and no spread without data', () => {
    expect(replyTimes([], TODAY)).toEqual({ samples: [], spread: null, unanswered: 0 })
  })

  it('measures days from each round to the first reply after it', () => {
    const result = replyTimes(pipeline(), TODAY)
    // A 03-02 → 03-06: 4 · C 02-20 → 02-27: 7 · E 02-25 → 03-04: 7 (February has 28 days).
    expect(result.samples.map((s) => [s.processId, s.days])).toEqual([
      ['A', 4],
      ['C', 7],
      ['E', 7]
    ])
    // B has no reply; D's round is in the future and does not count.
    expect(result.unanswered).toBe(1)
    expect(result.spread).toEqual({ min: 4, p25: 5.5, median: 7, p75: 7, max: 7 })
  })

  it('gives each round its own reply and merges rounds on the same day', () => {
    const p = proc('F', {
      rounds: [round('2026-03-05', 'second'), round('2026-03-01', 'first'), round('2026-03-05', 'second-b', '15:00')],
      messages: [received('2026-03-12'), received('2026-03-03'), received('2026-03-10')]
    })
    const result = replyTimes([p], TODAY)
    expect(result.samples).toEqual([
      { processId: 'F', roundId: 'first', roundDate: '2026-03-01', replyDate: '2026-03-03', days: 2 },
      { processId: 'F', roundId: 'second', roundDate: '2026-03-05', replyDate: '2026-03-10', days: 5 }
    ])
    expect(result.unanswered).toBe(0)
  })

  it('gives a reply on the next round’s day to that round, and ignores replies before a round or after today', () => {
    const p = proc('G', {
      rounds: [round('2026-03-01'), round('2026-03-08')],
      messages: [received('2026-02-25'), received('2026-03-08')]
    })
    const result = replyTimes([p], TODAY)
    expect(result.samples.map((s) => [s.roundDate, s.days])).toEqual([['2026-03-08', 0]])
    expect(result.unanswered).toBe(1)
    const late = proc('H', { rounds: [round('2026-03-10')], messages: [received('2026-03-19')] })
    expect(replyTimes([late], TODAY)).toEqual({ samples: [], spread: null, unanswered: 1 })
  })
})

describe('spread and quantile', () => {
  it('summarises one value as itself', () => {
    expect(spread([3])).toEqual({ min: 3, p25: 3, median: 3, p75: 3, max: 3 })
  })

  it('interpolates between order statistics, whatever the input order', () => {
    expect(spread([2, 1])).toEqual({ min: 1, p25: 1.25, median: 1.5, p75: 1.75, max: 2 })
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, p25: 1.75, median: 2.5, p75: 3.25, max: 4 })
    expect(spread([10, 0, 5, 1, 2])).toEqual({ min: 0, p25: 1, median: 2, p75: 5, max: 10 })
  })

  it('is null for nothing and refuses an empty quantile', () => {
    expect(spread([])).toBeNull()
    expect(() => quantile([], 0.5)).toThrow(RangeError)
  })
})
