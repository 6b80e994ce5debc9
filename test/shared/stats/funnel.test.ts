import { describe, expect, it } from 'vitest'
import { outcomeFunnel } from '../../../src/shared/stats/funnel'
import { TODAY, pipeline, proc, round } from './fixtures'

describe('outcomeFunnel', () => {
  it('is all zeros for no data', () => {
    const f = outcomeFunnel([], TODAY)
    expect(f.steps.map((s) => [s.step, s.count, s.fromPrevious])).toEqual([
      ['tracked', 0, null],
      ['interviewed', 0, null],
      ['waiting', 0, null],
      ['offer', 0, null],
      ['accepted', 0, null]
    ])
    expect(f.open).toBe(0)
    expect(Object.values(f.closed).every((n) => n === 0)).toBe(true)
  })

  it('narrows from tracked to accepted', () => {
    const f = outcomeFunnel(pipeline(), TODAY)
    // 5 tracked; A B C E interviewed; A B E waiting or following up; E has an offer; none accepted.
    expect(f.steps.map((s) => [s.step, s.count, s.fromPrevious])).toEqual([
      ['tracked', 5, null],
      ['interviewed', 4, 0.8],
      ['waiting', 3, 0.75],
      ['offer', 1, 1 / 3],
      ['accepted', 0, 0]
    ])
    expect(f.open).toBe(4)
    expect(f.closed).toEqual({ accepted: 0, declined: 0, rejected: 1, withdrawn: 0, 'no-response': 0, unknown: 0 })
  })

  it('counts an accepted process at every step, even with no messages logged', () => {
    const accepted = proc('G', { stage: 'closed', outcome: 'accepted', rounds: [round('2026-02-10')] })
    const unknown = proc('U', { stage: 'closed', outcome: null, rounds: [round('2026-02-11')] })
    const f = outcomeFunnel([...pipeline(), accepted, unknown], TODAY)
    expect(f.steps.map((s) => s.count)).toEqual([7, 6, 4, 2, 1])
    expect(f.steps[4].fromPrevious).toBe(0.5)
    expect(f.closed.accepted).toBe(1)
    expect(f.closed.unknown).toBe(1)
    expect(f.open).toBe(4)
  })
})
