import { describe, expect, it } from 'vitest'
import { agenda, dueReminders, planForProcess, thankYouLateFrom } from '../../../src/shared/plan/process-plan'
import { makeProcess, round, sent, settings } from './process-fixtures'

// docs/design.md, Follow-up policy: the thank-you is due the day after the interview and is
// shown late only once 48 hours have passed since the interview (its time, or the end of its
// day when no time is known).

// Wednesday 2026-11-18 at 14:00; the thank-you is due Thursday 11-19.
const withTime = makeProcess({ id: 'p1', company: 'Acme', rounds: [round('r1', '2026-11-18', '14:00')] })
const noTime = makeProcess({ id: 'p2', company: 'Globex', rounds: [round('r1', '2026-11-18', '')] })

describe('thankYouLateFrom', () => {
  it('is 48 hours after the interview, or after the end of its day without a time', () => {
    expect(thankYouLateFrom({ date: '2026-11-18', time: '14:00' })).toBe('2026-11-20T14:00')
    expect(thankYouLateFrom({ date: '2026-11-18', time: '' })).toBe('2026-11-21T00:00')
    expect(thankYouLateFrom({ date: '2026-12-30', time: '09:15' })).toBe('2027-01-01T09:15')
  })
})

describe('the thank-you window', () => {
  it.each([
    // [now, overdue, dueToday]
    ['2026-11-18T15:00', false, false],
    ['2026-11-19T08:00', false, true],
    ['2026-11-20T09:00', false, true],
    ['2026-11-20T13:59', false, true],
    ['2026-11-20T14:00', true, false],
    ['2026-11-21T08:00', true, false]
  ])('with a 14:00 interview, at %s: overdue %s, due now %s', (now, overdue, dueToday) => {
    const plan = planForProcess(withTime, settings, now)
    expect(plan.next?.kind).toBe('thank-you')
    expect({ overdue: plan.overdue, dueToday: plan.dueToday }).toEqual({ overdue, dueToday })
  })

  it('counts from the end of the day when the interview has no time', () => {
    expect(planForProcess(noTime, settings, '2026-11-20T23:59')).toMatchObject({ overdue: false, dueToday: true, lateFrom: '2026-11-21T00:00' })
    expect(planForProcess(noTime, settings, '2026-11-21T00:00')).toMatchObject({ overdue: true, dueToday: false })
  })

  it('does not call it late on day two when only the date is known', () => {
    expect(planForProcess(withTime, settings, '2026-11-20')).toMatchObject({ overdue: false, dueToday: true })
    expect(planForProcess(withTime, settings, '2026-11-21')).toMatchObject({ overdue: true })
  })

  it('leaves the other steps late the day after their due date', () => {
    const p = { ...withTime, messages: [sent('2026-11-19', 'thank-you')] }
    // Status check due Wed 11-25.
    expect(planForProcess(p, settings, '2026-11-25T08:00')).toMatchObject({ next: { kind: 'status-check' }, dueToday: true, overdue: false })
    expect(planForProcess(p, settings, '2026-11-26T00:01')).toMatchObject({ overdue: true })
    expect(planForProcess(p, settings, '2026-11-26T00:01').lateFrom).toBeUndefined()
  })

  it('keeps a thank-you still on time out of the agenda’s overdue list and words its reminder', () => {
    const onTime = agenda([withTime], settings, '2026-11-20T10:00')
    expect(onTime.overdue).toEqual([])
    expect(onTime.today.map((i) => [i.processId, i.overdue, i.body])).toEqual([['p1', false, 'Still on time (due Thursday, November 19)']])
    const late = agenda([withTime], settings, '2026-11-20T15:00')
    expect(late.overdue.map((i) => [i.processId, i.body])).toEqual([['p1', 'Overdue since Thursday, November 19']])
    expect(dueReminders([withTime], settings, '2026-11-20T10:00', new Set()).map((r) => r.overdue)).toEqual([false])
  })
})
