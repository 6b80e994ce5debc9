import { describe, expect, it } from 'vitest'
import { followUpsByOutcome } from '../../../src/shared/stats/follow-ups'
import { TODAY, proc, received, round, sent } from './fixtures'

describe('followUpsByOutcome', () => {
  it('has every group, empty, for no data', () => {
    const rows = followUpsByOutcome([], TODAY)
    expect(rows.map((r) => r.outcome)).toEqual(['accepted', 'declined', 'rejected', 'withdrawn', 'no-response', 'open'])
    expect(rows.every((r) => r.processes === 0 && r.total === 0 && r.average === null)).toBe(true)
  })

  it('counts follow-up steps sent, not thank-yous, replies, other notes or future sends', () => {
    const r1 = round('2026-02-01')
    const processes = [
      proc('H', {
        stage: 'closed',
        outcome: 'rejected',
        rounds: [r1],
        messages: [sent('2026-02-02', 'thank-you'), sent('2026-02-09', 'status-check'), sent('2026-02-16', 'second-follow-up')]
      }),
      proc('I', { stage: 'closed', outcome: 'rejected', rounds: [r1], messages: [sent('2026-02-09', 'status-check')] }),
      proc('J', {
        stage: 'closed',
        outcome: 'no-response',
        rounds: [r1],
        messages: [sent('2026-02-09', 'status-check'), sent('2026-02-16', 'second-follow-up'), sent('2026-03-02', 'final-follow-up')]
      }),
      proc('K', {
        stage: 'following-up',
        rounds: [r1],
        messages: [sent('2026-02-09', 'status-check'), received('2026-02-10'), sent('2026-02-11', null), sent('2026-03-20', 'second-follow-up')]
      }),
      proc('L', { stage: 'closed', outcome: null, messages: [sent('2026-02-09', 'status-check')] }),
      proc('M', { stage: 'closed', outcome: 'accepted', rounds: [r1], messages: [sent('2026-02-02', 'thank-you')] })
    ]
    const rows = Object.fromEntries(followUpsByOutcome(processes, TODAY).map((r) => [r.outcome, r]))
    expect(rows.rejected).toEqual({
      outcome: 'rejected',
      processes: 2,
      total: 3,
      average: 1.5,
      byStep: { 'status-check': 2, 'second-follow-up': 1, 'final-follow-up': 0 }
    })
    expect(rows['no-response']).toMatchObject({ processes: 1, total: 3, average: 3, byStep: { 'status-check': 1, 'second-follow-up': 1, 'final-follow-up': 1 } })
    expect(rows.open).toMatchObject({ processes: 1, total: 1, average: 1 })
    expect(rows.accepted).toMatchObject({ processes: 1, total: 0, average: 0 })
    expect(rows.declined).toMatchObject({ processes: 0, total: 0, average: null })
  })
})
