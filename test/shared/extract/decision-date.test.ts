import { describe, expect, it } from 'vitest'
import { extractKeyPoints, resolveDecisionDate } from '../../../src/shared/extract/index'

// Interview dates used below: 2026-01-12 Mon, 2026-01-14 Wed, 2026-01-15 Thu, 2026-01-16 Fri.
describe('resolveDecisionDate: the rules of docs/design.md one by one', () => {
  it.each([
    // weekday: strictly after the interview date
    ['by Friday', '2026-01-12', '2026-01-16'],
    ['by Fri', '2026-01-14', '2026-01-16'],
    ['by Thursday', '2026-01-15', '2026-01-22'],
    ['on Monday', '2026-01-16', '2026-01-19'],
    // next <weekday>: that weekday of the following week
    ['next Friday', '2026-01-12', '2026-01-23'],
    ['next Tuesday', '2026-01-16', '2026-01-20'],
    // end of (this) week / next week
    ['by the end of the week', '2026-01-14', '2026-01-16'],
    ['end of this week', '2026-01-12', '2026-01-16'],
    ['next week', '2026-01-14', '2026-01-23'],
    ['by the end of next week', '2026-01-15', '2026-01-23'],
    // N days / weeks
    ['within 10 days', '2026-01-14', '2026-01-24'],
    ['in 3 days', '2026-01-14', '2026-01-17'],
    ['in two weeks', '2026-01-14', '2026-01-28'],
    ['3 weeks', '2026-01-14', '2026-02-04'],
    ['a couple of weeks', '2026-01-14', '2026-01-28'],
    ['a week or two', '2026-01-14', '2026-01-28'],
    ['within a week', '2026-01-14', '2026-01-21'],
    // tomorrow, end of the month
    ['tomorrow', '2026-01-31', '2026-02-01'],
    ['by the end of the month', '2026-02-10', '2026-02-28'],
    ['end of the month', '2028-02-03', '2028-02-29'],
    // explicit dates: first occurrence on/after the interview; numeric month/day unless first > 12
    ['by March 20', '2026-03-01', '2026-03-20'],
    ['by March 20', '2026-03-21', '2027-03-20'],
    ['May 22nd', '2026-05-12', '2026-05-22'],
    ['3/20', '2026-03-01', '2026-03-20'],
    ['6/5', '2026-05-27', '2026-06-05'],
    ['13/3', '2026-03-01', '2026-03-13'],
    ['by the 19th', '2026-10-13', '2026-10-19'],
    ['by the 5th', '2026-10-13', '2026-11-05'],
    // vague
    ['soon', '2026-03-01', null],
    ['early next month', '2026-03-01', null],
    ['in a few weeks', '2026-03-01', null],
    ['no date here', '2026-03-01', null]
  ])('%s (interview %s) -> %s', (phrase, interview, want) => {
    expect(resolveDecisionDate(phrase, interview)).toBe(want)
  })

  it('matches the worked example: Mon 2026-01-12, "by Friday" is 2026-01-16', () => {
    expect(resolveDecisionDate('the employer said "by Friday"', '2026-01-12')).toBe('2026-01-16')
  })

  it('rejects a malformed interview date', () => {
    expect(() => resolveDecisionDate('by Friday', '2026-13-01')).toThrow(RangeError)
  })
})

describe('decisionBy in notes', () => {
  const decide = (notes: string, interviewDate: string) => extractKeyPoints(notes, { interviewDate }).decisionBy?.date ?? null

  it('returns the date, the phrase and its offsets', () => {
    const notes = '- talked about caching\n- recruiter said they would decide by Friday\n'
    const d = extractKeyPoints(notes, { interviewDate: '2026-01-12' }).decisionBy
    expect(d?.date).toBe('2026-01-16')
    expect(d?.phrase).toMatch(/decide by Friday/)
    expect(notes.slice(d!.start, d!.end)).toBe(d!.phrase)
  })

  it('ignores start dates, launches, events and other candidates', () => {
    expect(decide('If it all works out the start date would be Sept 8.', '2026-08-06')).toBeNull()
    expect(decide('The new portal launches September 30 and they are behind.', '2027-06-15')).toBeNull()
    expect(decide('They are interviewing two more people on Friday.', '2026-05-27')).toBeNull()
    expect(decide('The team offsite is next week in Denver.', '2026-05-27')).toBeNull()
  })

  it('picks the decision clause over a distractor in the same sentence', () => {
    expect(decide('She said they will decide by the end of the week because the chef leaves on the 19th.', '2026-10-13')).toBe('2026-10-16')
    expect(decide('They are finishing panels this week and will make a call next week.', '2027-03-11')).toBe('2027-03-19')
    expect(decide('Tamsin will get back to me by the end of next week, since two other candidates have panels this week.', '2026-06-17')).toBe('2026-06-26')
  })

  it('prefers a decision over a scheduling call', () => {
    const notes = 'HR will reach out Monday to book the panel.\nThe manager said they will decide within 10 days.'
    expect(decide(notes, '2026-11-09')).toBe('2026-11-19')
  })

  it('is null when the timing is vague or missing', () => {
    expect(decide('HR will reach out soon to set it up.', '2026-08-06')).toBeNull()
    expect(decide('Hiring manager interviews will start early next month.', '2027-02-15')).toBeNull()
    expect(decide('No timeline given.', '2027-06-15')).toBeNull()
  })

  it("does not take the candidate's own promise for the employer's date", () => {
    expect(decide("I said I'd get back to her by Friday on the travel question.", '2026-01-12')).toBeNull()
    expect(decide("She said I'd hear back by 3/6.", '2026-02-26')).toBe('2026-03-06')
  })

  it('reads shorthand', () => {
    expect(decide('- recruiter: lmk by Fri', '2026-01-14')).toBe('2026-01-16')
    expect(decide('they said decision w/in 2 wks', '2026-01-14')).toBe('2026-01-28')
  })
})
