import { describe, expect, it } from 'vitest'
import {
  addDaysRolled,
  isBusinessDay,
  isHolidayPlaceSupported,
  isPublicHoliday,
  nextBusinessDayAfter,
  rollForward
} from '../../../src/shared/plan/business-days'

describe('business days', () => {
  it('treats weekends as non-business days and plain weekdays as business days', () => {
    expect(isBusinessDay('2026-07-11')).toBe(false) // Saturday
    expect(isBusinessDay('2026-07-12')).toBe(false) // Sunday
    expect(isBusinessDay('2026-07-13')).toBe(true)
  })

  it('knows US federal holidays, including observed (substitute) days', () => {
    expect(isPublicHoliday('2026-01-19')).toBe(true) // MLK day
    expect(isPublicHoliday('2026-11-26')).toBe(true) // Thanksgiving
    expect(isPublicHoliday('2026-07-03')).toBe(true) // July 4 is a Saturday: observed Friday
    expect(isPublicHoliday('2027-07-05')).toBe(true) // July 4 is a Sunday: observed Monday
    expect(isPublicHoliday('2027-12-24')).toBe(true) // Christmas on Saturday
  })

  it('finds a substitute day that falls in the year before its holiday', () => {
    // New Year's Day 2028 is a Saturday; the US observes it on Friday 2027-12-31.
    expect(isPublicHoliday('2027-12-31')).toBe(true)
    expect(isBusinessDay('2027-12-31')).toBe(false)
  })

  it('ignores observances and optional days', () => {
    expect(isPublicHoliday('2026-11-27')).toBe(false) // day after Thanksgiving: observance
    expect(isPublicHoliday('2026-12-24')).toBe(false) // Christmas Eve: optional
    expect(isPublicHoliday('2026-02-14')).toBe(false)
  })

  it('uses regional holidays when a region is given, in any common spelling', () => {
    expect(isPublicHoliday('2026-01-06', { country: 'DE' })).toBe(false)
    expect(isPublicHoliday('2026-01-06', { country: 'DE', region: 'BY' })).toBe(true)
    expect(isPublicHoliday('2026-01-06', { country: 'DE', region: 'by' })).toBe(true)
    expect(isPublicHoliday('2026-01-06', { country: 'DE', region: 'DE-BY' })).toBe(true)
    expect(isPublicHoliday('2026-01-06', { country: 'de', region: '' })).toBe(false)
  })

  it('marks each day of a holiday that starts at sunset the evening before', () => {
    // Eid al-Fitr 2026 in the UAE: three days from the evening of March 19.
    expect(isPublicHoliday('2026-03-19', { country: 'AE' })).toBe(false)
    expect(isPublicHoliday('2026-03-20', { country: 'AE' })).toBe(true)
    expect(isPublicHoliday('2026-03-22', { country: 'AE' })).toBe(true)
    expect(isPublicHoliday('2026-03-23', { country: 'AE' })).toBe(false)
  })

  it('keeps half-day holidays as working days', () => {
    // China: International Women's Day is an afternoon off (from 12:00), on a Monday in 2027.
    expect(isBusinessDay('2027-03-08', { country: 'CN' })).toBe(true)
  })

  it('rolls forward over weekends and holidays, and leaves business days alone', () => {
    expect(rollForward('2026-07-08')).toBe('2026-07-08')
    expect(rollForward('2026-07-03')).toBe('2026-07-06')
    expect(rollForward('2027-12-25', { country: 'GB' })).toBe('2027-12-29')
    expect(nextBusinessDayAfter('2026-01-16')).toBe('2026-01-20')
    expect(nextBusinessDayAfter('2026-01-13')).toBe('2026-01-14')
    expect(addDaysRolled('2026-11-19', 7)).toBe('2026-11-27')
  })

  it('rejects bad dates and unknown places with a RangeError', () => {
    expect(() => isBusinessDay('2026-02-30')).toThrow(RangeError)
    expect(() => rollForward('07/08/2026')).toThrow(RangeError)
    expect(() => isBusinessDay('2026-01-02', { country: 'ZZ' })).toThrow(/country "ZZ"/)
    expect(() => isBusinessDay('2026-01-02', { country: 'DE', region: 'XX' })).toThrow(/region "XX"/)
    expect(isHolidayPlaceSupported({ country: 'FR' })).toBe(true)
    expect(isHolidayPlaceSupported({ country: 'ZZ' })).toBe(false)
  })

  it('answers quickly once a year is loaded', () => {
    rollForward('2026-03-02', { country: 'JP' })
    const start = performance.now()
    for (let i = 0; i < 20_000; i++) isBusinessDay('2026-05-06', { country: 'JP' })
    expect(performance.now() - start).toBeLessThan(500)
  })
})
