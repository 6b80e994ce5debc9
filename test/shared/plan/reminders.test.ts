import { describe, expect, it } from 'vitest'
import type { Process } from '../../../src/shared/model'
import { buildIcs } from '../../../src/shared/export/ics'
import { agenda, calendarEvents, dueReminders, groupReminders, type Reminder } from '../../../src/shared/plan/process-plan'
import { makeProcess, received, round, sent, settings, skip, snooze, withContact } from './process-fixtures'

// Interview Wed 2026-07-01 with the thank-you sent: the status check is due Wed 2026-07-08.
const waiting = (id: string, company: string, roundDate = '2026-07-01', extra: Partial<Process> = {}) =>
  makeProcess({ id, company, rounds: [round(`${id}-r`, roundDate)], messages: [sent(roundDate, 'thank-you')], ...extra })

const none: ReadonlySet<string> = new Set()

describe('dueReminders', () => {
  it('names the step, company, role and main contact', () => {
    const p = withContact(waiting('acme', 'Acme'), 'Dana Whitfield')
    const [r] = dueReminders([p], settings, '2026-07-08', none)
    expect(r).toMatchObject({
      key: 'acme:acme-r:status-check',
      processId: 'acme',
      roundId: 'acme-r',
      kind: 'status-check',
      due: '2026-07-08',
      overdue: false,
      person: 'Dana',
      title: 'Status check due — Acme, Data Analyst (Dana)',
      body: 'Due today'
    })
  })

  it('leaves the parenthesis out without a main contact, and skips a title before the first name', () => {
    const [plain] = dueReminders([waiting('acme', 'Acme')], settings, '2026-07-08', none)
    expect(plain.title).toBe('Status check due — Acme, Data Analyst')
    const [doctor] = dueReminders([withContact(waiting('acme', 'Acme'), 'Dr. Priya Nair')], settings, '2026-07-08', none)
    expect(doctor.title).toBe('Status check due — Acme, Data Analyst (Priya)')
  })

  it('raises due and overdue steps only, oldest first, once each', () => {
    const processes = [
      waiting('today', 'Today Inc', '2026-07-01'), // due 07-08
      waiting('late', 'Late Ltd', '2026-06-24'), // due 07-01
      waiting('soon', 'Soon plc', '2026-07-06'), // due 07-13
      waiting('snoozed', 'Snoozed', '2026-07-01', { planEvents: [snooze('snoozed-r', 'status-check', '2026-07-10')] }),
      waiting('closed', 'Closed', '2026-07-01', { stage: 'closed' }),
      waiting('offer', 'Offer', '2026-07-01', { stage: 'offer' }),
      waiting('replied', 'Replied', '2026-07-01', { messages: [received('2026-07-03')] }),
      waiting('told', 'Told', '2026-07-01'),
      makeProcess({ id: 'future', stage: 'scheduled', rounds: [round('future-r', '2026-07-20')] }),
      makeProcess({ id: 'empty', rounds: [] })
    ]
    const list = dueReminders(processes, settings, '2026-07-08', new Set(['told:told-r:status-check']))
    expect(list.map((r) => r.processId)).toEqual(['late', 'today'])
    expect(list[0]).toMatchObject({ overdue: true, body: 'Overdue since Wednesday, July 1' })
  })

  it('reminds again, once, when a snooze runs out', () => {
    const p = waiting('acme', 'Acme', '2026-07-01', { planEvents: [snooze('acme-r', 'status-check', '2026-07-10')] })
    const notified = new Set(['acme:acme-r:status-check'])
    expect(dueReminders([p], settings, '2026-07-09', notified)).toEqual([])
    const [again] = dueReminders([p], settings, '2026-07-10', notified)
    expect(again.key).toBe('acme:acme-r:status-check@2026-07-10')
    notified.add(again.key)
    expect(dueReminders([p], settings, '2026-07-11', notified)).toEqual([])
  })

  it('moves on to the next step once the due one is sent', () => {
    const p = waiting('acme', 'Acme', '2026-07-01', { messages: [sent('2026-07-01', 'thank-you'), sent('2026-07-08', 'status-check')] })
    const notified = new Set(['acme:acme-r:status-check'])
    expect(dueReminders([p], settings, '2026-07-14', notified)).toEqual([])
    expect(dueReminders([p], settings, '2026-07-15', notified).map((r) => r.key)).toEqual(['acme:acme-r:second-follow-up'])
  })

  it('suggests moving on after the final follow-up', () => {
    const p = waiting('acme', 'Acme', '2026-07-01', {
      messages: [sent('2026-07-08', 'status-check'), sent('2026-07-15', 'second-follow-up'), sent('2026-07-29', 'final-follow-up')]
    })
    const [r] = dueReminders([p], settings, '2026-08-12', none)
    expect(r).toMatchObject({ kind: 'move-on', title: 'Time to move on? — Acme, Data Analyst' })
  })
})

describe('groupReminders', () => {
  const list = (companies: string[]): Reminder[] =>
    dueReminders(
      companies.map((c, i) => waiting(`p${i}`, c)),
      settings,
      '2026-07-08',
      none
    )

  it('returns nothing for no reminders and the reminder itself for one', () => {
    expect(groupReminders([])).toBeNull()
    const one = list(['Acme'])
    expect(groupReminders(one)).toEqual({ title: one[0].title, body: 'Due today', reminders: one })
  })

  it('merges several into one notification', () => {
    const group = groupReminders(list(['Acme', 'Globex', 'Initech']))
    expect(group?.title).toBe('3 follow-ups due — Acme, Globex, Initech')
    expect(group?.body.split('\n')).toEqual([
      'Status check due — Acme, Data Analyst',
      'Status check due — Globex, Data Analyst',
      'Status check due — Initech, Data Analyst'
    ])
    expect(group?.reminders).toHaveLength(3)
  })

  it('names each company once and shortens a long list', () => {
    expect(groupReminders(list(['Acme', 'Acme']))?.title).toBe('2 follow-ups due — Acme')
    expect(groupReminders(list(['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli']))?.title).toBe(
      '5 follow-ups due — Acme, Globex, Hooli and 2 more' // sorted by date, then company
    )
  })
})

describe('agenda', () => {
  const processes = [
    waiting('late', 'Late Ltd', '2026-06-24'), // status check due 07-01
    waiting('today', 'Today Inc', '2026-07-01'), // due 07-08
    waiting('edge', 'Edge', '2026-07-15'), // due 07-22: the 14th day
    waiting('beyond', 'Beyond', '2026-07-16'), // due 07-23: outside the window
    waiting('soon', 'Soon plc', '2026-07-06'), // due 07-13
    waiting('snoozed', 'Snoozed', '2026-06-24', { planEvents: [snooze('snoozed-r', 'status-check', '2026-07-10')] }),
    waiting('closed', 'Closed', '2026-07-01', { stage: 'closed' })
  ]

  it('sorts what is overdue, due today and coming up in the next 14 days', () => {
    const a = agenda(processes, settings, '2026-07-08')
    expect(a.overdue.map((i) => i.processId)).toEqual(['late'])
    expect(a.today.map((i) => i.processId)).toEqual(['today'])
    expect(a.upcoming.map((i) => [i.processId, i.date])).toEqual([
      ['snoozed', '2026-07-10'],
      ['soon', '2026-07-13'],
      ['edge', '2026-07-22']
    ])
    expect(a.upcoming[0]).toMatchObject({ due: '2026-07-01', snoozedUntil: '2026-07-10', overdue: true })
  })

  it('takes the window length as a parameter', () => {
    const a = agenda(processes, settings, '2026-07-08', 5)
    expect(a.upcoming.map((i) => i.processId)).toEqual(['snoozed', 'soon'])
  })
})

describe('calendarEvents', () => {
  it('lists the steps ahead of live processes with stable UIDs, ready for buildIcs', () => {
    const processes = [
      withContact(waiting('acme', 'Acme'), 'Dana Whitfield'),
      waiting('closed', 'Closed', '2026-07-01', { stage: 'closed' }),
      waiting('replied', 'Replied', '2026-07-01', { messages: [received('2026-07-03')] })
    ]
    const events = calendarEvents(processes, settings, '2026-07-05')
    expect(events.map((e) => [e.uid, e.date])).toEqual([
      ['acme.acme-r.status-check@afterview', '2026-07-08'],
      ['acme.acme-r.second-follow-up@afterview', '2026-07-15'],
      ['acme.acme-r.final-follow-up@afterview', '2026-07-29'],
      ['acme.acme-r.move-on@afterview', '2026-08-12']
    ])
    expect(events[0]).toMatchObject({ summary: 'Status check due — Acme, Data Analyst (Dana)', description: 'Interview on Wednesday, July 1.' })
    expect(events[1].description).toMatch(/Projected/)
    const ics = buildIcs(events, { now: new Date('2026-07-05T09:00:00Z') })
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4)
  })

  it('has nothing once the move-on suggestion was skipped', () => {
    const p = waiting('acme', 'Acme', '2026-07-01', {
      messages: [sent('2026-07-08', 'status-check'), sent('2026-07-15', 'second-follow-up'), sent('2026-07-29', 'final-follow-up')],
      planEvents: [skip('acme-r', 'move-on', '2026-08-12')]
    })
    expect(calendarEvents([p], settings, '2026-08-12')).toEqual([])
    expect(dueReminders([p], settings, '2026-08-20', none)).toEqual([])
  })
})
