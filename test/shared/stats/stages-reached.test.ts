import { describe, expect, it } from 'vitest'
import { employerReplied, furthestOpenStage, stagesReached } from '../../../src/shared/stats/stages-reached'
import { TODAY, proc, received, round, sent } from './fixtures'

describe('stagesReached', () => {
  it('an open process has reached the stages before its own, minus an unproven follow-up', () => {
    expect(stagesReached(proc('p', { stage: 'waiting', rounds: [round('2026-03-01')] }), TODAY)).toEqual(['scheduled', 'interviewed', 'waiting'])
    expect(stagesReached(proc('p', { stage: 'offer' }), TODAY)).toEqual(['scheduled', 'interviewed', 'waiting', 'offer'])
    expect(stagesReached(proc('p', { stage: 'following-up' }), TODAY)).toEqual(['scheduled', 'interviewed', 'waiting', 'following-up'])
  })

  it('history can put an open process further than its column', () => {
    const p = proc('p', { stage: 'interviewed', rounds: [round('2026-03-01')], messages: [sent('2026-03-09', 'status-check')] })
    expect(furthestOpenStage(p, TODAY)).toBe('following-up')
    expect(stagesReached(p, TODAY)).toEqual(['scheduled', 'interviewed', 'waiting', 'following-up'])
  })

  it('a closed process counts only what its history proves', () => {
    const chased = proc('p', {
      stage: 'closed',
      outcome: 'rejected',
      rounds: [round('2026-03-01')],
      messages: [sent('2026-03-02', 'thank-you'), sent('2026-03-09', 'status-check')]
    })
    expect(stagesReached(chased, TODAY)).toEqual(['scheduled', 'interviewed', 'waiting', 'following-up', 'closed'])
    const declined = proc('p', { stage: 'closed', outcome: 'declined', rounds: [round('2026-03-01')] })
    expect(stagesReached(declined, TODAY)).toEqual(['scheduled', 'interviewed', 'waiting', 'offer', 'closed'])
    const withdrawnEarly = proc('p', { stage: 'closed', outcome: 'withdrawn', rounds: [round('2026-03-20')] })
    expect(stagesReached(withdrawnEarly, TODAY)).toEqual(['scheduled', 'closed'])
    const rejectedAfterRound = proc('p', { stage: 'closed', outcome: 'rejected', rounds: [round('2026-03-18')] })
    expect(stagesReached(rejectedAfterRound, TODAY)).toEqual(['scheduled', 'interviewed', 'closed'])
  })

  it('ignores sends dated after today', () => {
    const p = proc('p', { stage: 'closed', outcome: 'no-response', rounds: [round('2026-03-01')], messages: [sent('2026-03-19', 'thank-you')] })
    expect(stagesReached(p, TODAY)).toEqual(['scheduled', 'interviewed', 'closed'])
  })
})

describe('employerReplied', () => {
  it('needs a received message on or after the first round and not after today', () => {
    const base = { rounds: [round('2026-03-05'), round('2026-03-01')] }
    expect(employerReplied(proc('p', { ...base, messages: [received('2026-02-27')] }), TODAY)).toBe(false)
    expect(employerReplied(proc('p', { ...base, messages: [received('2026-03-01')] }), TODAY)).toBe(true)
    expect(employerReplied(proc('p', { ...base, messages: [received('2026-03-19')] }), TODAY)).toBe(false)
    expect(employerReplied(proc('p', { ...base, messages: [sent('2026-03-06')] }), TODAY)).toBe(false)
  })

  it('is false without rounds', () => {
    expect(employerReplied(proc('p', { messages: [received('2026-03-01')] }), TODAY)).toBe(false)
  })
})
