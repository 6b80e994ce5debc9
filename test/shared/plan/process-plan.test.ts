import { describe, expect, it } from 'vitest'
import { planForProcess } from '../../../src/shared/plan/process-plan'
import { makeProcess, received, round, sent, settings, skip, snooze } from './process-fixtures'

const stepOf = (plan: ReturnType<typeof planForProcess>, kind: string) => plan.steps.find((s) => s.kind === kind)

describe('planForProcess', () => {
  it('has nothing to plan without a round', () => {
    const plan = planForProcess(makeProcess({ id: 'p1', rounds: [] }), settings, '2026-07-01')
    expect(plan).toMatchObject({ roundId: null, next: null, steps: [], overdue: false, dueToday: false, stopped: 'no-rounds' })
  })

  it('plans the latest round and counts sent messages that fulfil a step', () => {
    const p = makeProcess({ id: 'p1', messages: [sent('2026-07-01', 'thank-you')] })
    const plan = planForProcess(p, settings, '2026-07-03')
    expect(plan).toMatchObject({ processId: 'p1', roundId: 'r1', roundDate: '2026-07-01', overdue: false, dueToday: false })
    expect(plan.next).toEqual({ kind: 'status-check', due: '2026-07-08' })
    expect(stepOf(plan, 'thank-you')?.sentOn).toBe('2026-07-01')
  })

  it('flags the next step due today, then overdue', () => {
    const p = makeProcess({ id: 'p1', messages: [sent('2026-07-01', 'thank-you')] })
    expect(planForProcess(p, settings, '2026-07-08')).toMatchObject({ dueToday: true, overdue: false })
    expect(planForProcess(p, settings, '2026-07-09')).toMatchObject({ dueToday: false, overdue: true })
  })

  it('ignores sent messages that fulfil no step', () => {
    const p = makeProcess({ id: 'p1', messages: [sent('2026-07-03', null, 'additional-info')] })
    expect(planForProcess(p, settings, '2026-07-03').next).toEqual({ kind: 'thank-you', due: '2026-07-02' })
  })

  it('restarts from a new round: earlier sends, replies and decision dates no longer count', () => {
    const p = makeProcess({
      id: 'p1',
      rounds: [round('r2', '2026-07-01'), round('r1', '2026-06-01')],
      decisionBy: '2026-06-05',
      messages: [sent('2026-06-02', 'thank-you'), sent('2026-06-08', 'status-check'), received('2026-06-10')],
      planEvents: [skip('r1', 'second-follow-up', '2026-06-20')]
    })
    const plan = planForProcess(p, settings, '2026-07-01')
    expect(plan.roundId).toBe('r2')
    expect(plan.stopped).toBeUndefined()
    expect(plan.steps.every((s) => !s.sentOn && !s.skipped)).toBe(true)
    expect(stepOf(plan, 'status-check')?.due).toBe('2026-07-08')
  })

  it('picks the latest round by time when two share a date', () => {
    const p = makeProcess({ id: 'p1', rounds: [round('late', '2026-07-01', '15:00'), round('early', '2026-07-01', '09:00')] })
    expect(planForProcess(p, settings, '2026-07-01').roundId).toBe('late')
  })

  it('uses the stated decision date when it is on or after the latest round', () => {
    const p = makeProcess({ id: 'p1', decisionBy: '2026-07-09' })
    expect(stepOf(planForProcess(p, settings, '2026-07-01'), 'status-check')?.due).toBe('2026-07-10')
  })

  it('stops at a reply, and ignores replies before the round', () => {
    const replied = makeProcess({ id: 'p1', messages: [sent('2026-07-08', 'status-check'), received('2026-07-09')] })
    const plan = planForProcess(replied, settings, '2026-07-20')
    expect(plan).toMatchObject({ next: null, stopped: 'replied', overdue: false, dueToday: false })
    expect(plan.steps.map((s) => s.kind)).toEqual(['status-check'])

    const old = makeProcess({ id: 'p2', messages: [received('2026-06-28')] })
    expect(planForProcess(old, settings, '2026-07-02').stopped).toBeUndefined()
  })

  it('goes on when the user sends a step after the reply', () => {
    const p = makeProcess({
      id: 'p1',
      messages: [sent('2026-07-08', 'status-check'), received('2026-07-09'), sent('2026-07-20', 'second-follow-up')]
    })
    const plan = planForProcess(p, settings, '2026-07-21')
    expect(plan.stopped).toBeUndefined()
    expect(plan.next).toEqual({ kind: 'final-follow-up', due: '2026-08-03' })
  })

  it('counts a skip event of the latest round as sending that day', () => {
    const p = makeProcess({
      id: 'p1',
      messages: [sent('2026-07-02', 'thank-you')],
      planEvents: [skip('r1', 'status-check', '2026-07-09'), skip('other', 'second-follow-up', '2026-07-10')]
    })
    const plan = planForProcess(p, settings, '2026-07-09')
    expect(stepOf(plan, 'status-check')).toMatchObject({ sentOn: '2026-07-09', skipped: true })
    expect(plan.next).toEqual({ kind: 'second-follow-up', due: '2026-07-16' })
  })

  it('moves the reminder, not the plan, with a snooze of the next step', () => {
    const p = makeProcess({
      id: 'p1',
      messages: [sent('2026-07-02', 'thank-you')],
      planEvents: [snooze('r1', 'status-check', '2026-07-13'), snooze('r1', 'thank-you', '2026-07-20')]
    })
    const plan = planForProcess(p, settings, '2026-07-10')
    expect(plan.next).toEqual({ kind: 'status-check', due: '2026-07-08' })
    expect(plan).toMatchObject({ overdue: true, snoozedUntil: '2026-07-13' })
    expect(planForProcess(p, settings, '2026-07-13').snoozedUntil).toBeUndefined()
  })

  it('lets the latest snooze win even when it is shorter', () => {
    const p = makeProcess({
      id: 'p1',
      messages: [sent('2026-07-02', 'thank-you')],
      planEvents: [snooze('r1', 'status-check', '2026-07-15'), snooze('r1', 'status-check', '2026-07-11')]
    })
    expect(planForProcess(p, settings, '2026-07-09').snoozedUntil).toBe('2026-07-11')
  })

  it.each(['offer', 'closed'] as const)('stops the plan at stage %s and keeps what happened', (stage) => {
    const p = makeProcess({ id: 'p1', stage, messages: [sent('2026-07-02', 'thank-you')] })
    const plan = planForProcess(p, settings, '2026-07-20')
    expect(plan).toMatchObject({ next: null, stopped: stage, overdue: false, dueToday: false })
    expect(plan.steps).toEqual([{ kind: 'thank-you', due: '2026-07-02', sentOn: '2026-07-02' }])
  })

  it('has nothing due before a scheduled interview', () => {
    const p = makeProcess({ id: 'p1', stage: 'scheduled', rounds: [round('r1', '2026-07-20')] })
    const plan = planForProcess(p, { ...settings, policy: { ...settings.policy, thankYouDays: 0 } }, '2026-07-10')
    expect(plan).toMatchObject({ overdue: false, dueToday: false })
    expect(plan.next).toEqual({ kind: 'thank-you', due: '2026-07-20' })
  })

  it('plans a scheduled card whose interview already happened like any other', () => {
    const p = makeProcess({ id: 'p1', stage: 'scheduled', rounds: [round('r1', '2026-07-01')] })
    expect(planForProcess(p, settings, '2026-07-04')).toMatchObject({ overdue: true, next: { kind: 'thank-you' } })
  })

  it('uses the country, region and policy of the settings', () => {
    const p = makeProcess({ id: 'p1', rounds: [round('r1', '2025-12-30')] })
    const bavaria = { country: 'DE', region: 'BY', policy: { ...settings.policy } }
    expect(stepOf(planForProcess(p, bavaria, '2025-12-30'), 'status-check')?.due).toBe('2026-01-07')
    expect(stepOf(planForProcess(p, { ...bavaria, region: '' }, '2025-12-30'), 'status-check')?.due).toBe('2026-01-06')
    const slow = { ...settings, policy: { ...settings.policy, statusCheckDays: 14 } }
    expect(stepOf(planForProcess(p, slow, '2025-12-30'), 'status-check')?.due).toBe('2026-01-13')
  })

  it('reports an unsupported country in the settings clearly', () => {
    // A notice on that process rather than a throw that would stop every other plan.
    const plan = planForProcess(makeProcess({ id: 'p1' }), { ...settings, country: 'ZZ' }, '2026-07-01')
    expect(plan).toMatchObject({ stopped: 'cannot-plan', next: null })
    expect(plan.problem).toMatch(/ZZ/)
  })
})
