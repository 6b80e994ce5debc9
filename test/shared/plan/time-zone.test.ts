import { describe, expect, it } from 'vitest'

// Holidays must land on the same calendar days wherever the app runs. This file runs in its
// own worker with the clock far east of UTC (UTC+14), where a midnight-based holiday would
// slip to the previous day if local times were mixed with the country's.
process.env.TZ = 'Pacific/Kiritimati'

describe('business days far from UTC', () => {
  it('plans the same dates under UTC+14', async () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-14 * 60)
    const { isPublicHoliday } = await import('../../../src/shared/plan/business-days')
    const { planFollowUps } = await import('../../../src/shared/plan/planner')
    expect(isPublicHoliday('2026-01-06', { country: 'DE', region: 'BY' })).toBe(true)
    expect(isPublicHoliday('2026-01-05', { country: 'DE', region: 'BY' })).toBe(false)
    expect(isPublicHoliday('2026-05-06', { country: 'JP' })).toBe(true)
    expect(isPublicHoliday('2026-11-26', { country: 'US' })).toBe(true)
    expect(isPublicHoliday('2026-11-25', { country: 'US' })).toBe(false)
    const plan = planFollowUps({ interviewDate: '2026-01-12', today: '2026-01-13', decisionBy: '2026-01-16' })
    expect(plan.steps[1]).toEqual({ kind: 'status-check', due: '2026-01-20' })
  })
})
