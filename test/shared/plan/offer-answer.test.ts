import { describe, expect, it } from 'vitest'
import { offerAnswer, offerAnswerReminder } from '../../../src/shared/plan/offer-answer'
import { agenda, dueReminders } from '../../../src/shared/plan/process-plan'
import { processSchema } from '../../../src/shared/model'
import { makeProcess, round, settings, withContact } from './process-fixtures'

// An offer's own answer-by date, apart from the decision date the employer gave before it.

const offer = (extra: Parameters<typeof makeProcess>[0]) =>
  withContact(makeProcess({ stage: 'offer', rounds: [round('r1', '2026-11-20')], decisionBy: '2026-12-11', ...extra }), 'Dana Whitfield')

describe('offerAnswer', () => {
  it('exists only for a live offer with an answer-by date, never from the decision date', () => {
    expect(offerAnswer(offer({ id: 'p1' }), '2026-12-01')).toBeNull()
    expect(offerAnswer(offer({ id: 'p1', offerAnswerBy: '2026-12-15', stage: 'closed' }), '2026-12-01')).toBeNull()
    expect(offerAnswer(offer({ id: 'p1', offerAnswerBy: '2026-12-15' }), '2026-12-13')).toEqual({ date: '2026-12-15', daysLeft: 2, near: true, overdue: false })
    expect(offerAnswer(offer({ id: 'p1', offerAnswerBy: '2026-12-15' }), '2026-12-16')).toMatchObject({ daysLeft: -1, overdue: true })
  })

  it('is an optional field of a process, checked like any date', () => {
    expect(processSchema.safeParse(offer({ id: 'p1' })).success).toBe(true)
    expect(processSchema.safeParse(offer({ id: 'p1', offerAnswerBy: '2026-12-15' })).success).toBe(true)
    expect(processSchema.safeParse(offer({ id: 'p1', offerAnswerBy: '1999-12-15' })).success).toBe(false)
  })
})

describe('offer answer reminders', () => {
  const p = offer({ id: 'p1', company: 'Acme', role: 'Data Analyst', offerAnswerBy: '2026-12-15' })

  it('remind two days ahead and again on the day, once each', () => {
    const notified = new Set<string>()
    const on = (today: string) => {
      const list = dueReminders([p], settings, today, notified)
      list.forEach((r) => notified.add(r.key))
      return list.map((r) => [r.kind, r.title, r.body])
    }
    expect(on('2026-12-12')).toEqual([])
    expect(on('2026-12-13')).toEqual([['offer-answer', 'Offer answer due — Acme, Data Analyst (Dana)', 'Answer due in 2 days, Tuesday, December 15']])
    expect(on('2026-12-14')).toEqual([])
    expect(on('2026-12-15')).toEqual([['offer-answer', 'Offer answer due — Acme, Data Analyst (Dana)', 'Answer due today']])
    expect(on('2026-12-16')).toEqual([])
  })

  it('come once, worded as late, when the app opens after the date', () => {
    expect(offerAnswerReminder(p, '2026-12-17', null)).toMatchObject({ overdue: true, body: 'The answer was due Tuesday, December 15', key: 'p1:offer-answer:2026-12-15:due' })
  })

  it('stop once the offer is answered (closed) and never come from the decision date alone', () => {
    expect(dueReminders([{ ...p, stage: 'closed', outcome: 'accepted' }], settings, '2026-12-15', new Set())).toEqual([])
    expect(dueReminders([offer({ id: 'p2' })], settings, '2026-12-11', new Set())).toEqual([])
  })
})

describe('offer answers in the agenda', () => {
  const p = offer({ id: 'p1', offerAnswerBy: '2026-12-15' })

  it('come up within the window, on the answer-by date, and move to overdue once it has passed', () => {
    const entries = (today: string) => {
      const a = agenda([p], settings, today)
      return { overdue: a.overdue.map((e) => [e.kind, e.date]), today: a.today.map((e) => [e.kind, e.date]), upcoming: a.upcoming.map((e) => [e.kind, e.date]) }
    }
    expect(entries('2026-11-20').upcoming).toEqual([])
    expect(entries('2026-12-03')).toEqual({ overdue: [], today: [], upcoming: [['offer-answer', '2026-12-15']] })
    expect(entries('2026-12-15')).toEqual({ overdue: [], today: [['offer-answer', '2026-12-15']], upcoming: [] })
    expect(entries('2026-12-16')).toEqual({ overdue: [['offer-answer', '2026-12-15']], today: [], upcoming: [] })
  })

  it('are not there for an offer without an answer-by date, nor for a closed one', () => {
    const a = agenda([offer({ id: 'p2' }), { ...p, stage: 'closed', outcome: 'accepted' }], settings, '2026-12-10')
    expect([...a.overdue, ...a.today, ...a.upcoming]).toEqual([])
  })
})

