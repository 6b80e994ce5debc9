import { describe, expect, it } from 'vitest'
import { nextMonday, relativeDue, snoozeChoices } from '../../../src/renderer/src/components/plan/plan-dates'

describe('snooze dates', () => {
  it('next week is the Monday strictly after today, whatever the weekday', () => {
    expect(nextMonday('2026-07-06')).toBe('2026-07-13') // Monday → a week later
    expect(nextMonday('2026-07-07')).toBe('2026-07-13') // Tuesday
    expect(nextMonday('2026-07-10')).toBe('2026-07-13') // Friday
    expect(nextMonday('2026-07-11')).toBe('2026-07-13') // Saturday
    expect(nextMonday('2026-07-12')).toBe('2026-07-13') // Sunday → tomorrow
    expect(nextMonday('2026-12-30')).toBe('2027-01-04') // across a year end
  })

  it('offers 1 day, 3 days and next week from today', () => {
    expect(snoozeChoices('2026-07-07').map((c) => [c.label, c.date])).toEqual([
      ['1 day', '2026-07-08'],
      ['3 days', '2026-07-10'],
      ['Next week', '2026-07-13']
    ])
    expect(snoozeChoices('2028-02-28')[0].date).toBe('2028-02-29')
  })
})

describe('relative due dates', () => {
  it.each([
    ['2026-07-10', 'today'],
    ['2026-07-11', 'tomorrow'],
    ['2026-07-13', 'in 3 days'],
    ['2026-07-09', '1 day overdue'],
    ['2026-07-08', '2 days overdue'],
    ['2026-06-10', '30 days overdue']
  ])('%s seen from 2026-07-10 is "%s"', (due, text) => {
    expect(relativeDue(due, '2026-07-10')).toBe(text)
  })
})
