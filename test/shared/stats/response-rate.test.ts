import { describe, expect, it } from 'vitest'
import { responseRateByStage } from '../../../src/shared/stats/response-rate'
import { TODAY, pipeline } from './fixtures'

describe('responseRateByStage', () => {
  it('is empty for no data: every stage reached by nobody, rate unknown', () => {
    const rows = responseRateByStage([], TODAY)
    expect(rows.map((r) => r.stage)).toEqual(['interviewed', 'waiting', 'following-up', 'offer', 'closed'])
    expect(rows.every((r) => r.reached === 0 && r.replied === 0 && r.rate === null)).toBe(true)
  })

  it('counts, per stage, the processes that reached it and heard back', () => {
    // interviewed: A B C E, replied A C E · waiting: A B E (C sent no thank-you), replied A E ·
    // following-up: B, no reply · offer: E, replied · closed: C, replied. D never interviewed.
    expect(responseRateByStage(pipeline(), TODAY)).toEqual([
      { stage: 'interviewed', reached: 4, replied: 3, rate: 0.75 },
      { stage: 'waiting', reached: 3, replied: 2, rate: 2 / 3 },
      { stage: 'following-up', reached: 1, replied: 0, rate: 0 },
      { stage: 'offer', reached: 1, replied: 1, rate: 1 },
      { stage: 'closed', reached: 1, replied: 1, rate: 1 }
    ])
  })

  it('does not count a reply that has not happened yet', () => {
    const rows = responseRateByStage(pipeline(), '2026-03-05')
    // On 03-05, A's reply (03-06) is still ahead; E's (03-04) and C's (02-27) are in.
    expect(rows[0]).toEqual({ stage: 'interviewed', reached: 4, replied: 2, rate: 0.5 })
  })
})
