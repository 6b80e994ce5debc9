import { describe, expect, it } from 'vitest'
import { activityCalendar } from '../../../src/shared/stats/activity'
import { TODAY, proc, received, round, sent } from './fixtures'

const sample = () => [
  proc('A', {
    rounds: [round('2026-03-18'), round('2025-12-28')],
    messages: [sent('2026-03-18', 'thank-you'), received('2026-03-17'), sent('2026-03-19', 'status-check')]
  }),
  proc('B', { messages: [sent('2026-01-05'), sent('2026-01-05', 'thank-you')] })
]

describe('activityCalendar', () => {
  it('lays out 12 whole weeks from Monday, ending with the week of today', () => {
    const cal = activityCalendar([], TODAY)
    expect(cal.weeks).toHaveLength(12)
    expect(cal.weeks.every((w) => w.length === 7)).toBe(true)
    expect(cal.start).toBe('2025-12-29')
    expect(cal.end).toBe('2026-03-22')
    expect(cal.weeks[11][2].date).toBe(TODAY)
    expect(cal.weeks[11].map((d) => d.future)).toEqual([false, false, false, true, true, true, true])
    expect([cal.max, cal.total, cal.activeDays]).toEqual([0, 0, 0])
    expect(cal.weeks.flat().every((d) => d.total === 0 && d.level === 0)).toBe(true)
  })

  it('counts rounds, sends and replies per day, inside the window and not after today', () => {
    const cal = activityCalendar(sample(), TODAY)
    const today = cal.weeks[11][2]
    expect(today).toEqual({ date: TODAY, rounds: 1, sent: 1, received: 0, total: 2, level: 4, future: false })
    expect(cal.weeks[11][1]).toMatchObject({ date: '2026-03-17', received: 1, total: 1, level: 2 })
    expect(cal.weeks[11][3]).toMatchObject({ date: '2026-03-19', total: 0, future: true })
    expect(cal.weeks[1][0]).toMatchObject({ date: '2026-01-05', sent: 2, total: 2, level: 4 })
    // The 2025-12-28 round falls the day before a Monday-aligned window.
    expect([cal.max, cal.total, cal.activeDays]).toEqual([2, 5, 3])
  })

  it('can start weeks on Sunday, GitHub style', () => {
    const cal = activityCalendar(sample(), TODAY, { weekStartsOn: 0 })
    expect(cal.start).toBe('2025-12-28')
    expect(cal.end).toBe('2026-03-21')
    expect(cal.weeks[0][0]).toMatchObject({ date: '2025-12-28', rounds: 1, total: 1 })
    expect(cal.weeks[11][3].date).toBe(TODAY)
    expect(cal.total).toBe(6)
  })

  it('shades by quarter of the busiest day, so any activity shows', () => {
    const busy = proc('C', { messages: ['a', 'b', 'c', 'd'].map(() => sent('2026-03-10')) })
    const some = proc('D', { messages: [sent('2026-03-11'), sent('2026-03-12'), sent('2026-03-12'), sent('2026-03-12')] })
    const week = activityCalendar([busy, some], TODAY).weeks[11 - 1]
    expect(week.map((d) => d.level)).toEqual([0, 4, 1, 3, 0, 0, 0])
  })

  it('takes a number of weeks', () => {
    const cal = activityCalendar([], TODAY, { weeks: 1 })
    expect(cal.weeks).toHaveLength(1)
    expect(cal.start).toBe('2026-03-16')
  })
})
