import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY as MODEL_POLICY } from '../../../src/shared/model'
import { DEFAULT_POLICY, planFollowUps, type Plan, type PlanInput } from '../../../src/shared/plan/planner'

const dues = (plan: Plan) => Object.fromEntries(plan.steps.map((s) => [s.kind, s.due]))
const step = (plan: Plan, kind: string) => plan.steps.find((s) => s.kind === kind)
const statusDue = (input: Omit<PlanInput, 'today'>) =>
  step(planFollowUps({ today: input.interviewDate, ...input }), 'status-check')?.due

describe('planFollowUps: the worked example and rules of docs/design.md (US)', () => {
  it('interview Wed 2026-07-01, nothing stated: status check Wed 2026-07-08', () => {
    const plan = planFollowUps({ interviewDate: '2026-07-01', today: '2026-07-01' })
    expect(dues(plan)).toEqual({
      'thank-you': '2026-07-02',
      'status-check': '2026-07-08',
      'second-follow-up': '2026-07-15',
      'final-follow-up': '2026-07-29',
      'move-on': '2026-08-12'
    })
    expect(plan.next).toEqual({ kind: 'thank-you', due: '2026-07-02' })
  })

  it('decision by Fri 2026-01-16: status check Tue 2026-01-20 because Monday is MLK day', () => {
    const plan = planFollowUps({ interviewDate: '2026-01-12', today: '2026-01-13', decisionBy: '2026-01-16' })
    expect(step(plan, 'status-check')?.due).toBe('2026-01-20')
  })

  it('interview Thu 2026-11-12 with each step sent when due', () => {
    const schedule = [
      { kind: 'thank-you', date: '2026-11-13' },
      { kind: 'status-check', date: '2026-11-19' },
      { kind: 'second-follow-up', date: '2026-11-27' },
      { kind: 'final-follow-up', date: '2026-12-11' }
    ] as const
    // Walk through time: on each due day, `next` is the step due that day.
    for (let i = 0; i < schedule.length; i++) {
      const plan = planFollowUps({ interviewDate: '2026-11-12', today: schedule[i].date, sent: schedule.slice(0, i) })
      expect(plan.next).toEqual({ kind: schedule[i].kind, due: schedule[i].date })
    }
    const done = planFollowUps({ interviewDate: '2026-11-12', today: '2026-12-11', sent: [...schedule] })
    expect(dues(done)).toEqual({
      'thank-you': '2026-11-13',
      'status-check': '2026-11-19',
      'second-follow-up': '2026-11-27', // the 26th is Thanksgiving
      'final-follow-up': '2026-12-11',
      'move-on': '2026-12-28' // the 25th is Christmas, then a weekend
    })
    expect(done.next).toEqual({ kind: 'move-on', due: '2026-12-28' })
    expect(done.steps.map((s) => s.sentOn)).toEqual(['2026-11-13', '2026-11-19', '2026-11-27', '2026-12-11', undefined])
  })
})

describe('planFollowUps: the chain', () => {
  it('projects unsent steps from their due dates', () => {
    const plan = planFollowUps({ interviewDate: '2026-11-12', today: '2026-11-12' })
    expect(dues(plan)).toMatchObject({
      'status-check': '2026-11-19',
      'second-follow-up': '2026-11-27',
      'final-follow-up': '2026-12-11',
      'move-on': '2026-12-28'
    })
  })

  it('pushes the rest back when a message goes out late', () => {
    const plan = planFollowUps({
      interviewDate: '2026-11-12',
      today: '2026-11-23',
      sent: [
        { kind: 'thank-you', date: '2026-11-12' },
        { kind: 'status-check', date: '2026-11-23' }
      ]
    })
    expect(dues(plan)).toMatchObject({
      'second-follow-up': '2026-11-30',
      'final-follow-up': '2026-12-14',
      'move-on': '2026-12-28'
    })
    expect(plan.next).toEqual({ kind: 'second-follow-up', due: '2026-11-30' })
  })

  it('brings the rest forward when a message goes out early', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-06',
      sent: [{ kind: 'status-check', date: '2026-07-06' }]
    })
    expect(step(plan, 'second-follow-up')?.due).toBe('2026-07-13')
  })

  it('keeps an overdue step as next, with its past due date', () => {
    const plan = planFollowUps({
      interviewDate: '2026-11-12',
      today: '2026-12-20',
      sent: [{ kind: 'thank-you', date: '2026-11-13' }]
    })
    expect(plan.next).toEqual({ kind: 'status-check', due: '2026-11-19' })
  })

  it('rolls a late final follow-up over the new year', () => {
    const plan = planFollowUps({
      interviewDate: '2026-11-12',
      today: '2026-12-20',
      sent: [
        { kind: 'status-check', date: '2026-11-19' },
        { kind: 'second-follow-up', date: '2026-11-27' },
        { kind: 'final-follow-up', date: '2026-12-18' }
      ]
    })
    // Dec 18 + 14 = Fri Jan 1 (New Year's Day) → Mon Jan 4.
    expect(plan.next).toEqual({ kind: 'move-on', due: '2027-01-04' })
  })

  it('does not roll the thank-you: a weekend is fine for it', () => {
    const plan = planFollowUps({ interviewDate: '2026-07-10', today: '2026-07-10' })
    expect(step(plan, 'thank-you')?.due).toBe('2026-07-11') // Saturday
    expect(step(plan, 'status-check')?.due).toBe('2026-07-17')
  })

  it('uses the first send of a step when it is recorded twice', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-20',
      sent: [
        { kind: 'status-check', date: '2026-07-14' },
        { kind: 'status-check', date: '2026-07-09' }
      ]
    })
    expect(step(plan, 'status-check')?.sentOn).toBe('2026-07-09')
    expect(step(plan, 'second-follow-up')?.due).toBe('2026-07-16')
  })

  it('ignores sends dated before the interview: they belong to an earlier round', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-01',
      sent: [
        { kind: 'thank-you', date: '2026-06-20' },
        { kind: 'status-check', date: '2026-06-30' }
      ]
    })
    expect(plan.steps.every((s) => s.sentOn === undefined && !s.skipped)).toBe(true)
    expect(plan.next).toEqual({ kind: 'thank-you', due: '2026-07-02' })
  })

  it('counts a thank-you sent on the interview day itself', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-01',
      sent: [{ kind: 'thank-you', date: '2026-07-01' }]
    })
    expect(step(plan, 'thank-you')?.sentOn).toBe('2026-07-01')
    expect(plan.next).toEqual({ kind: 'status-check', due: '2026-07-08' })
  })

  it('does not mutate its input', () => {
    const sent = [{ kind: 'status-check' as const, date: '2026-07-08' }]
    const input = { interviewDate: '2026-07-01', today: '2026-07-09', sent, policy: { secondDays: 3 } }
    const before = JSON.stringify(input)
    planFollowUps(input)
    expect(JSON.stringify(input)).toBe(before)
  })
})

describe('planFollowUps: skipping', () => {
  it('keeps an unsent thank-you as next until the status check is due, then skips it', () => {
    const before = planFollowUps({ interviewDate: '2026-07-01', today: '2026-07-07' })
    expect(before.next).toEqual({ kind: 'thank-you', due: '2026-07-02' })
    expect(step(before, 'thank-you')?.skipped).toBeUndefined()

    const onTheDay = planFollowUps({ interviewDate: '2026-07-01', today: '2026-07-08' })
    expect(step(onTheDay, 'thank-you')).toEqual({ kind: 'thank-you', due: '2026-07-02', skipped: true })
    expect(onTheDay.next).toEqual({ kind: 'status-check', due: '2026-07-08' })
  })

  it('skips the thank-you when a stated decision date brings the status check forward', () => {
    // Decision by Thu 07-02: the status check is due Mon 07-06 (Fri 07-03 is the observed July 4).
    const plan = planFollowUps({ interviewDate: '2026-07-01', today: '2026-07-06', decisionBy: '2026-07-02' })
    expect(plan.next).toEqual({ kind: 'status-check', due: '2026-07-06' })
    expect(step(plan, 'thank-you')?.skipped).toBe(true)
  })

  it('counts a skip the user chose as sending that day', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-10',
      sent: [{ kind: 'status-check', date: '2026-07-10', skipped: true }]
    })
    expect(step(plan, 'status-check')).toEqual({ kind: 'status-check', due: '2026-07-08', sentOn: '2026-07-10', skipped: true })
    expect(plan.next).toEqual({ kind: 'second-follow-up', due: '2026-07-17' })
  })

  it('prefers a real send over a skip recorded the same day', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-10',
      sent: [
        { kind: 'status-check', date: '2026-07-09', skipped: true },
        { kind: 'status-check', date: '2026-07-09' }
      ]
    })
    expect(step(plan, 'status-check')).toEqual({ kind: 'status-check', due: '2026-07-08', sentOn: '2026-07-09' })
  })

  it('passes over an unsent step when a later one was sent', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-20',
      sent: [{ kind: 'second-follow-up', date: '2026-07-20' }]
    })
    expect(step(plan, 'status-check')).toEqual({ kind: 'status-check', due: '2026-07-08', skipped: true })
    expect(step(plan, 'thank-you')?.skipped).toBe(true)
    expect(plan.next).toEqual({ kind: 'final-follow-up', due: '2026-08-03' })
  })

  it('ends the plan when the move-on suggestion is dismissed', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-08-20',
      sent: [
        { kind: 'status-check', date: '2026-07-08' },
        { kind: 'second-follow-up', date: '2026-07-15' },
        { kind: 'final-follow-up', date: '2026-07-29' },
        { kind: 'move-on', date: '2026-08-14', skipped: true }
      ]
    })
    expect(plan.next).toBeNull()
    expect(plan.steps).toHaveLength(5)
  })
})

describe('planFollowUps: a reply stops the chain', () => {
  it('leaves nothing to chase and keeps only what happened', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-20',
      sent: [
        { kind: 'thank-you', date: '2026-07-01' },
        { kind: 'status-check', date: '2026-07-08' }
      ],
      repliedOn: '2026-07-09'
    })
    expect(plan.next).toBeNull()
    expect(plan.steps).toEqual([
      { kind: 'thank-you', due: '2026-07-02', sentOn: '2026-07-01' },
      { kind: 'status-check', due: '2026-07-08', sentOn: '2026-07-08' }
    ])
  })

  it('stops even before anything was sent', () => {
    const plan = planFollowUps({ interviewDate: '2026-07-01', today: '2026-07-03', repliedOn: '2026-07-02' })
    expect(plan).toEqual({ next: null, steps: [] })
  })

  it('ignores a reply dated before the interview', () => {
    const plan = planFollowUps({ interviewDate: '2026-07-01', today: '2026-07-03', repliedOn: '2026-06-15' })
    expect(plan.next).toEqual({ kind: 'thank-you', due: '2026-07-02' })
  })
})

describe('planFollowUps: the decision date', () => {
  it('takes the first business day strictly after it', () => {
    expect(statusDue({ interviewDate: '2026-07-06', decisionBy: '2026-07-09' })).toBe('2026-07-10')
    expect(statusDue({ interviewDate: '2026-07-06', decisionBy: '2026-07-10' })).toBe('2026-07-13')
    expect(statusDue({ interviewDate: '2026-07-06', decisionBy: '2026-07-06' })).toBe('2026-07-07')
  })

  it('can land well after the default week', () => {
    // Fri Sep 4 → Mon Sep 7 is Labor Day → Tue Sep 8.
    expect(statusDue({ interviewDate: '2026-08-03', decisionBy: '2026-09-04' })).toBe('2026-09-08')
  })

  it('ignores a decision date before the interview, and null', () => {
    expect(statusDue({ interviewDate: '2026-07-01', decisionBy: '2026-06-12' })).toBe('2026-07-08')
    expect(statusDue({ interviewDate: '2026-07-01', decisionBy: null })).toBe('2026-07-08')
  })
})

describe('planFollowUps: holidays in other places and at year ends', () => {
  it.each([
    ['US July 4 on a Saturday, observed Friday', { interviewDate: '2026-06-26' }, '2026-07-06'],
    ['US July 4 on a Sunday, observed Monday', { interviewDate: '2027-06-28' }, '2027-07-06'],
    ['US Juneteenth on a Saturday, observed Friday', { interviewDate: '2027-06-11' }, '2027-06-21'],
    ['US Christmas on a Saturday, observed Friday Dec 24', { interviewDate: '2027-12-17' }, '2027-12-27'],
    ['US New Year 2028 observed Fri Dec 31, 2027', { interviewDate: '2027-12-20', decisionBy: '2027-12-30' }, '2028-01-03'],
    ['US interview on Christmas Day, due New Year’s Day', { interviewDate: '2026-12-25' }, '2027-01-04'],
    ['US decision on Christmas Eve', { interviewDate: '2026-12-21', decisionBy: '2026-12-24' }, '2026-12-28'],
    ['GB Christmas and Boxing Day substitutes', { interviewDate: '2027-12-20', country: 'GB' }, '2027-12-29'],
    ['GB Boxing Day substitute Monday', { interviewDate: '2026-12-21', country: 'GB' }, '2026-12-29'],
    ['GB England: Jan 2 is a working day', { interviewDate: '2025-12-22', country: 'GB', region: 'ENG', decisionBy: '2025-12-31' }, '2026-01-02'],
    ['GB Scotland: Jan 2 is a holiday', { interviewDate: '2025-12-22', country: 'GB', region: 'SCT', decisionBy: '2025-12-31' }, '2026-01-05'],
    ['DE Bavaria: Epiphany', { interviewDate: '2025-12-30', country: 'DE', region: 'BY' }, '2026-01-07'],
    ['DE without a region: Epiphany is a working day', { interviewDate: '2025-12-30', country: 'DE' }, '2026-01-06'],
    ['DE Christmas and the 2nd day of Christmas', { interviewDate: '2025-12-18', country: 'DE' }, '2025-12-29'],
    ['FR Bastille Day', { interviewDate: '2026-07-07', country: 'FR' }, '2026-07-15'],
    ['FR Ascension Thursday', { interviewDate: '2026-05-11', country: 'FR', decisionBy: '2026-05-13' }, '2026-05-15'],
    ['FR May Day on a Friday', { interviewDate: '2026-04-24', country: 'FR', decisionBy: '2026-04-30' }, '2026-05-04'],
    ['CA Canada Day', { interviewDate: '2026-06-24', country: 'CA' }, '2026-07-02'],
    ['CA Ontario Family Day', { interviewDate: '2026-02-09', country: 'CA', region: 'ON' }, '2026-02-17'],
    ['CA nationally: Family Day is a working day', { interviewDate: '2026-02-09', country: 'CA' }, '2026-02-16'],
    ['AU Christmas, then Boxing Day substitute', { interviewDate: '2026-12-18', country: 'AU' }, '2026-12-29'],
    ['AU NSW Anzac Day substitute', { interviewDate: '2026-04-20', country: 'AU', region: 'NSW' }, '2026-04-28'],
    ['JP Showa Day', { interviewDate: '2026-04-22', country: 'JP' }, '2026-04-30'],
    ['JP Golden Week with its substitute day', { interviewDate: '2026-04-27', country: 'JP', decisionBy: '2026-05-01' }, '2026-05-07']
  ] as const)('%s', (_label, input, expected) => {
    expect(statusDue(input)).toBe(expected)
  })

  it('rolls later steps over holidays of the chosen country', () => {
    const plan = planFollowUps({
      interviewDate: '2026-04-20',
      today: '2026-04-28',
      country: 'JP',
      sent: [{ kind: 'status-check', date: '2026-04-28' }]
    })
    // Apr 28 + 7 = Tue May 5 (Children's Day), Wed May 6 substitute → Thu May 7.
    expect(plan.next).toEqual({ kind: 'second-follow-up', due: '2026-05-07' })
  })
})

describe('planFollowUps: policy', () => {
  it('defaults to the numbers of docs/design.md, shared with the model', () => {
    expect(DEFAULT_POLICY).toEqual({ thankYouDays: 1, statusCheckDays: 7, secondDays: 7, finalDays: 14, moveOnDays: 14 })
    expect(DEFAULT_POLICY).toEqual(MODEL_POLICY)
  })

  it('uses every custom number', () => {
    const plan = planFollowUps({
      interviewDate: '2026-07-01',
      today: '2026-07-01',
      policy: { thankYouDays: 0, statusCheckDays: 10, secondDays: 3, finalDays: 5, moveOnDays: 30 }
    })
    expect(dues(plan)).toEqual({
      'thank-you': '2026-07-01',
      'status-check': '2026-07-13', // Jul 11 is a Saturday
      'second-follow-up': '2026-07-16',
      'final-follow-up': '2026-07-21',
      'move-on': '2026-08-20'
    })
  })

  it('fills the numbers left out from the defaults', () => {
    const plan = planFollowUps({ interviewDate: '2026-07-01', today: '2026-07-01', policy: { secondDays: 14 } })
    expect(dues(plan)).toMatchObject({ 'status-check': '2026-07-08', 'second-follow-up': '2026-07-22', 'final-follow-up': '2026-08-05' })
  })
})

describe('planFollowUps: input validation', () => {
  const base = { interviewDate: '2026-07-01', today: '2026-07-02' }
  it.each([
    ['interviewDate', { ...base, interviewDate: '2026-13-01' }, /interviewDate/],
    ['interviewDate', { ...base, interviewDate: '' }, /interviewDate/],
    ['today', { ...base, today: '2026-07-02T10:00:00Z' }, /today/],
    ['decisionBy', { ...base, decisionBy: 'next Friday' }, /decisionBy/],
    ['repliedOn', { ...base, repliedOn: '2026-02-29' }, /repliedOn/],
    ['sent date', { ...base, sent: [{ kind: 'thank-you', date: '2026-02-30' }] }, /sent\[0\]\.date/],
    ['sent kind', { ...base, sent: [{ kind: 'nudge', date: '2026-07-02' }] }, /sent\[0\]\.kind/],
    ['policy fraction', { ...base, policy: { secondDays: 2.5 } }, /policy\.secondDays/],
    ['policy negative', { ...base, policy: { finalDays: -1 } }, /policy\.finalDays/],
    ['country', { ...base, country: 'ZZ' }, /country/],
    ['region', { ...base, country: 'DE', region: 'Narnia' }, /region/]
  ])('rejects a bad %s with a RangeError', (_label, input, message) => {
    expect(() => planFollowUps(input as PlanInput)).toThrow(RangeError)
    expect(() => planFollowUps(input as PlanInput)).toThrow(message)
  })
})
