import { describe, expect, it } from 'vitest'
import { searchStats } from '../../../src/shared/stats'
import { TODAY, pipeline } from './fixtures'

describe('searchStats', () => {
  it('counts interviewed processes (a round on or before today) and bundles every figure', () => {
    const stats = searchStats(pipeline(), TODAY)
    expect(stats.interviewed).toBe(4)
    expect(stats.responseRate[0].reached).toBe(4)
    expect(stats.replyTimes.samples).toHaveLength(3)
    expect(stats.funnel.steps[0].count).toBe(5)
    expect(stats.followUps.find((g) => g.outcome === 'open')?.total).toBe(1)
    expect(stats.activity.weeks).toHaveLength(12)
  })

  it('works on nothing', () => {
    const stats = searchStats([], TODAY)
    expect(stats.interviewed).toBe(0)
    expect(stats.replyTimes.spread).toBeNull()
    expect(stats.activity.total).toBe(0)
  })
})
