import { describe, expect, it } from 'vitest'
import { isSupportedDate } from '../../../src/shared/dates'
import { isoDateSchema, processSchema, roundSchema, storedProcessSchema } from '../../../src/shared/model'
import { agenda, calendarEvents, dueReminders, planForProcess } from '../../../src/shared/plan/process-plan'
import { makeProcess, round, settings } from './process-fixtures'

// Dates outside 2000–2100 are refused where they enter; records kept from before that check
// still load, and their process shows a notice instead of stopping everyone else's plan.

describe('the 2000–2100 calendar', () => {
  it.each([
    ['2000-01-01', true],
    ['2100-12-31', true],
    ['2026-11-12', true],
    ['1999-12-31', false],
    ['2101-01-01', false],
    ['9999-12-30', false],
    ['0226-05-01', false],
    ['2026-02-30', false]
  ])('isSupportedDate(%s) is %s', (date, ok) => {
    expect(isSupportedDate(date)).toBe(ok)
  })

  it('refuses 1999 and 9999 with one clear message', () => {
    for (const date of ['1999-06-15', '9999-12-30']) {
      const r = isoDateSchema.safeParse(date)
      expect(r.success).toBe(false)
      expect(r.error?.issues.map((i) => i.message)).toEqual(['Use a date between 2000 and 2100'])
    }
    expect(isoDateSchema.safeParse('2026-02-30').error?.issues.map((i) => i.message)).toEqual(['Enter a full date (day, month and year)'])
  })

  it('refuses such a round in a process as it enters, but keeps one already stored', () => {
    const old = makeProcess({ id: 'old', rounds: [round('r1', '1999-03-02')] })
    expect(roundSchema.safeParse(old.rounds[0]).success).toBe(false)
    expect(processSchema.safeParse(old).success).toBe(false)
    expect(storedProcessSchema.safeParse(old).success).toBe(true)
  })
})

describe('a process that cannot be planned', () => {
  const broken = makeProcess({ id: 'broken', company: 'Bad Date Co', rounds: [round('r1', '9999-12-30')] })
  const fine = makeProcess({ id: 'fine', company: 'Acme', rounds: [round('r1', '2026-11-18')] })
  const today = '2026-11-19'

  it('gets a notice instead of throwing', () => {
    const plan = planForProcess(broken, settings, today)
    expect(plan.stopped).toBe('cannot-plan')
    expect(plan.next).toBeNull()
    expect(plan.problem).toMatch(/9999-12-30.*outside 2000–2100/)
  })

  it('is not nagged about when its round is in 1999', () => {
    const plan = planForProcess(makeProcess({ id: 'y1999', rounds: [round('r1', '1999-02-01')] }), settings, today)
    expect(plan).toMatchObject({ stopped: 'cannot-plan', overdue: false, dueToday: false, next: null })
  })

  it('says why when the planner itself fails (a country without holiday data)', () => {
    const plan = planForProcess(fine, { ...settings, country: 'ZZ' }, today)
    expect(plan.stopped).toBe('cannot-plan')
    expect(plan.problem).toMatch(/could not be worked out/)
  })

  it('does not stop the others from planning and reminding', () => {
    const all = [broken, fine]
    expect(dueReminders(all, settings, today, new Set()).map((r) => r.processId)).toEqual(['fine'])
    expect(agenda(all, settings, today).today.map((i) => i.processId)).toEqual(['fine'])
    expect(calendarEvents(all, settings, today).every((e) => e.uid.startsWith('fine.'))).toBe(true)
    expect(calendarEvents(all, settings, today).length).toBeGreaterThan(0)
  })
})
