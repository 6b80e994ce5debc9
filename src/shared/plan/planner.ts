import { addDays, isIsoDate, type IsoDate } from '../dates'
import { DEFAULT_POLICY as MODEL_DEFAULT_POLICY, STEPS } from '../model'
import { addDaysRolled, assertHolidayPlace, nextBusinessDayAfter, rollForward, type HolidayPlace } from './business-days'

// The follow-up plan of one interview round, from docs/design.md "Follow-up policy".
//
// Each step's due date counts from the real send date of the step before it (a late message
// pushes the rest back); a step not sent yet is projected from its own due date. `next` is the
// first step neither sent nor skipped, whether it is due later or already overdue.
//
// How `steps` reads in the special cases:
// - Normally it always holds the five steps in order: thank-you, status-check,
//   second-follow-up, final-follow-up, move-on, each with its due date (actual or projected).
// - An unsent thank-you is `skipped` once today reaches the status check's due date. Any
//   unsent step followed by a sent one is `skipped` too: it was passed over, and `next` must
//   not send the user back to it.
// - A skip the user chose is passed in `sent` with `skipped: true`; it counts as sending that
//   day, so the step carries both `sentOn` and `skipped`.
// - After a reply (`repliedOn`) nothing is left to chase: `next` is null and `steps` keeps only
//   what actually happened (sent or skipped steps); the projected ones are dropped.

export type Step = (typeof STEPS)[number]
export type PlanKind = Step | 'move-on'

export interface Policy {
  thankYouDays: number
  statusCheckDays: number
  secondDays: number
  finalDays: number
  moveOnDays: number
}

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({ ...MODEL_DEFAULT_POLICY })

export interface PlanStep {
  kind: PlanKind
  due: IsoDate
  sentOn?: IsoDate
  skipped?: boolean
}

export interface SentStep {
  /** 'move-on' is accepted so that dismissing the move-on suggestion can end the plan. */
  kind: PlanKind
  date: IsoDate
  /** The user skipped the step that day rather than sending it. */
  skipped?: boolean
}

export interface PlanInput {
  /** The latest round's date. */
  interviewDate: IsoDate
  /** Passed in: the planner never reads the clock. */
  today: IsoDate
  decisionBy?: IsoDate | null
  /** ISO 3166 country code for public holidays, default 'US'. */
  country?: string
  /** Optional subdivision, e.g. 'BY' for Bavaria. */
  region?: string
  sent?: readonly SentStep[]
  repliedOn?: IsoDate | null
  policy?: Partial<Policy>
}

export interface NextStep {
  kind: PlanKind
  due: IsoDate
}

export interface Plan {
  next: NextStep | null
  steps: PlanStep[]
}

export const PLAN_KINDS: readonly PlanKind[] = [...STEPS, 'move-on']

const POLICY_KEYS = Object.keys(DEFAULT_POLICY) as (keyof Policy)[]
// Wider than the Settings form allows: the planner only refuses numbers it cannot count with.
const MAX_POLICY_DAYS = 365

function requireDate(value: unknown, what: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`)
  return value
}

export function resolvePolicy(overrides: Partial<Policy> | undefined): Policy {
  const policy: Policy = { ...DEFAULT_POLICY }
  for (const key of POLICY_KEYS) {
    const value = overrides?.[key]
    if (value === undefined) continue
    if (!Number.isInteger(value) || value < 0 || value > MAX_POLICY_DAYS) {
      throw new RangeError(`policy.${key} must be a whole number of days from 0 to ${MAX_POLICY_DAYS}, got ${String(value)}`)
    }
    policy[key] = value
  }
  return policy
}

/** The first recorded send of each step on or after the interview; earlier ones belong to an earlier round. */
function sendsByKind(sent: readonly SentStep[], interviewDate: IsoDate): Map<PlanKind, SentStep> {
  const byKind = new Map<PlanKind, SentStep>()
  sent.forEach((s, i) => {
    if (!s || !PLAN_KINDS.includes(s.kind)) {
      throw new RangeError(`sent[${i}].kind must be one of ${PLAN_KINDS.join(', ')}, got ${JSON.stringify(s?.kind)}`)
    }
    requireDate(s.date, `sent[${i}].date`)
    if (s.date < interviewDate) return
    const earlier = byKind.get(s.kind)
    // A real send beats a skip recorded the same day.
    if (!earlier || s.date < earlier.date || (s.date === earlier.date && earlier.skipped && !s.skipped)) byKind.set(s.kind, s)
  })
  return byKind
}

export function planFollowUps(input: PlanInput): Plan {
  const interviewDate = requireDate(input.interviewDate, 'interviewDate')
  const today = requireDate(input.today, 'today')
  const decisionBy = input.decisionBy == null ? null : requireDate(input.decisionBy, 'decisionBy')
  const repliedOn = input.repliedOn == null ? null : requireDate(input.repliedOn, 'repliedOn')
  const policy = resolvePolicy(input.policy)
  const place: HolidayPlace = { country: input.country ?? 'US', region: input.region }
  assertHolidayPlace(place)
  const sends = sendsByKind(input.sent ?? [], interviewDate)

  // A date stated before this interview was said about an earlier round.
  const statedDecision = decisionBy !== null && decisionBy >= interviewDate ? decisionBy : null

  const thankYouDue = addDays(interviewDate, policy.thankYouDays)
  const statusDue = statedDecision
    ? nextBusinessDayAfter(statedDecision, place)
    : rollForward(addDays(interviewDate, policy.statusCheckDays), place)

  const steps: PlanStep[] = [{ kind: 'thank-you', due: thankYouDue }]
  // Each follow-up counts from when the one before it was actually sent (or skipped), or
  // from that one's due date while it is still unsent.
  const chain: { kind: PlanKind; days: number }[] = [
    { kind: 'second-follow-up', days: policy.secondDays },
    { kind: 'final-follow-up', days: policy.finalDays },
    { kind: 'move-on', days: policy.moveOnDays }
  ]
  let previous: PlanStep = { kind: 'status-check', due: statusDue }
  steps.push(previous)
  for (const link of chain) {
    const from = sends.get(previous.kind)?.date ?? previous.due
    previous = { kind: link.kind, due: addDaysRolled(from, link.days, place) }
    steps.push(previous)
  }

  for (const step of steps) {
    const send = sends.get(step.kind)
    if (!send) continue
    step.sentOn = send.date
    if (send.skipped) step.skipped = true
  }

  // Steps passed over: an unsent step with a later step already done, and the thank-you
  // once the status check is due.
  let laterDone = false
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]
    if (step.sentOn) laterDone = true
    else if (laterDone) step.skipped = true
  }
  const thankYou = steps[0]
  if (!thankYou.sentOn && today >= statusDue) thankYou.skipped = true

  if (repliedOn !== null && repliedOn >= interviewDate) {
    return { next: null, steps: steps.filter((s) => s.sentOn) }
  }

  const pending = steps.find((s) => !s.sentOn && !s.skipped)
  return { next: pending ? { kind: pending.kind, due: pending.due } : null, steps }
}
