import { addDays, formatLongDate, isSupportedDate, splitNow, type IsoDate, type LocalDateTime, type Now } from '../dates'
import { latestRound, type Process, type Round, type Settings } from '../model'
import type { IcsEvent } from '../export/ics'
import { planFollowUps, type NextStep, type PlanKind, type PlanStep, type SentStep } from './planner'
import { offerAnswerItem, offerAnswerReminder, type OfferAnswerReminder } from './offer-answer'
import type { ProcessSummary, RoundSummary } from '../process-summary'

// Glue between the domain model and the pure planner: which messages and plan events of a
// process count for its latest round, and what the board, the agenda and the reminder service
// need from the result.
//
// - Only what is dated on or after the latest round's date counts: a new round restarts the
//   plan. A stated decision date before that round was said about an earlier one.
// - Sent messages with a `step` are sends; skip events (of the latest round) are sends that day.
// - A received message is a reply and stops the chain, unless the user sent a step after the
//   latest reply: then they are chasing again and the plan goes on from that send.
// - Snooze events move the reminder (and the agenda entry) to their date, never the plan.
// - The thank-you is due the day after the interview but only late once 48 hours have passed
//   since it (docs/design.md, Follow-up policy): lateness needs the time of day, so every
//   function here takes `now`, today's date or today with the local time ('YYYY-MM-DDTHH:MM').
//   Without a time, the thank-you is not called late on the day its window closes.
// - Offer and Closed stop the plan: `next` is null and `steps` keeps only what happened.
// - A process whose plan cannot be worked out (a date outside 2000–2100 kept from old data, a
//   country without holiday data) gets a 'cannot-plan' plan with the reason; it never throws,
//   so one bad record cannot stop the board, the agenda or the reminders of every other.

export type PlanSettings = Pick<Settings, 'country' | 'region' | 'policy'>
export type StopReason = 'offer' | 'closed' | 'replied' | 'no-rounds' | 'cannot-plan'

export interface ProcessPlan {
  processId: string
  roundId: string | null
  roundDate: IsoDate | null
  next: NextStep | null
  steps: PlanStep[]
  /** The next step is late: its due date has passed, and for the thank-you its 48 hours too (snoozing does not change that). */
  overdue: boolean
  /** The next step is due now: due today, or a thank-you past its day but still within its 48 hours. */
  dueToday: boolean
  /** When a thank-you still on time becomes late ('YYYY-MM-DDTHH:MM', local). */
  lateFrom?: LocalDateTime
  /** The next step's reminder is snoozed until this day (after today). */
  snoozedUntil?: IsoDate
  stopped?: StopReason
  /** Why the plan could not be worked out (with `stopped: 'cannot-plan'`), in the user's words. */
  problem?: string
}

export interface DueItem {
  /** `${processId}:${roundId}:${kind}`, plus `@date` once a snooze of that step has run out. */
  key: string
  processId: string
  roundId: string
  kind: PlanKind
  due: IsoDate
  /** When it shows up: the due date, or the day a snooze runs out. */
  date: IsoDate
  snoozedUntil?: IsoDate
  overdue: boolean
  company: string
  role: string
  /** The main contact's first name, if there is one. */
  person: string | null
  /** "Status check due — Acme, Data Analyst (Dana)". */
  title: string
  /** "Due today" or "Overdue since Wednesday, July 8". */
  body: string
}

/** A follow-up step that is due, or an offer whose answer-by date is near. */
export type Reminder = DueItem | OfferAnswerReminder

export interface ReminderNotification {
  title: string
  body: string
  reminders: Reminder[]
}

/** Follow-up steps and, for live offers, the day they need an answer by. */
export type AgendaEntry = DueItem | OfferAnswerReminder

export interface Agenda {
  overdue: AgendaEntry[]
  today: AgendaEntry[]
  upcoming: AgendaEntry[]
}

export const STEP_LABELS: Record<PlanKind, string> = {
  'thank-you': 'Thank-you',
  'status-check': 'Status check',
  'second-follow-up': 'Second follow-up',
  'final-follow-up': 'Final follow-up',
  'move-on': 'Time to move on?'
}

function lastSnooze(p: ProcessSummary, roundId: string, kind: PlanKind): IsoDate | null {
  let date: IsoDate | null = null
  // The latest snooze the user chose wins, even when it is shorter than an earlier one.
  for (const e of p.planEvents) if (e.kind === 'snooze' && e.roundId === roundId && e.step === kind) date = e.date
  return date
}

/** When a thank-you for this round is shown late: 48 hours after its time, or after the end of its day. */
export function thankYouLateFrom(round: Pick<Round, 'date' | 'time'>): LocalDateTime {
  return round.time ? `${addDays(round.date, 2)}T${round.time}` : `${addDays(round.date, 3)}T00:00`
}

/** Whether `now` has reached `moment`; a date without a time counts as the start of that day. */
function hasReached(now: { date: IsoDate; time: string | null }, moment: LocalDateTime): boolean {
  const { date, time } = splitNow(moment)
  if (now.date !== date) return now.date > date
  return (now.time ?? '00:00') >= (time ?? '00:00')
}

export function planForProcess(p: ProcessSummary, settings: PlanSettings, now: Now): ProcessPlan {
  const clock = splitNow(now)
  const round = latestRound(p)
  if (!round) {
    return { processId: p.id, roundId: null, roundDate: null, next: null, steps: [], overdue: false, dueToday: false, stopped: 'no-rounds' }
  }
  const cannotPlan = (problem: string): ProcessPlan => ({
    processId: p.id,
    roundId: round.id,
    roundDate: round.date,
    next: null,
    steps: [],
    overdue: false,
    dueToday: false,
    stopped: 'cannot-plan',
    problem
  })
  const outOfRange = [
    { date: round.date, what: `the round "${round.label.trim() || 'untitled'}"` },
    ...(p.decisionBy ? [{ date: p.decisionBy, what: 'the decision date' }] : [])
  ].find((d) => !isSupportedDate(d.date))
  if (outOfRange) {
    return cannotPlan(`The date of ${outOfRange.what} (${outOfRange.date}) is outside 2000–2100: correct it to plan follow-ups.`)
  }
  try {
    return planRound(p, round, settings, clock)
  } catch (err) {
    return cannotPlan(`The follow-up plan could not be worked out: ${err instanceof Error ? err.message : String(err)}`)
  }
}

function planRound(
  p: ProcessSummary,
  round: RoundSummary,
  settings: PlanSettings,
  clock: { date: IsoDate; time: string | null }
): ProcessPlan {
  const today = clock.date
  const since = round.date
  const sent: SentStep[] = []
  let lastSend: IsoDate | null = null
  let lastReply: IsoDate | null = null
  for (const m of p.messages) {
    if (m.date < since) continue
    if (m.direction === 'received') {
      if (!lastReply || m.date > lastReply) lastReply = m.date
    } else if (m.step) {
      sent.push({ kind: m.step, date: m.date })
      if (!lastSend || m.date > lastSend) lastSend = m.date
    }
  }
  for (const e of p.planEvents) {
    if (e.kind === 'skip' && e.roundId === round.id && e.date >= since) sent.push({ kind: e.step, date: e.date, skipped: true })
  }
  const repliedOn = lastReply && !(lastSend && lastSend > lastReply) ? lastReply : null

  const plan = planFollowUps({
    interviewDate: since,
    today,
    decisionBy: p.decisionBy && p.decisionBy >= since ? p.decisionBy : null,
    country: settings.country,
    region: settings.region || undefined,
    policy: settings.policy,
    sent,
    repliedOn
  })

  const base = { processId: p.id, roundId: round.id, roundDate: since }
  if (p.stage === 'offer' || p.stage === 'closed') {
    return { ...base, next: null, steps: plan.steps.filter((s) => s.sentOn), overdue: false, dueToday: false, stopped: p.stage }
  }
  if (repliedOn) return { ...base, ...plan, overdue: false, dueToday: false, stopped: 'replied' }
  if (!plan.next) return { ...base, ...plan, overdue: false, dueToday: false }

  // Before the interview has happened nothing can be due, whatever the data says.
  const interviewed = since <= today
  const snooze = lastSnooze(p, round.id, plan.next.kind)
  const lateFrom = plan.next.kind === 'thank-you' ? thankYouLateFrom(round) : null
  const overdue = interviewed && plan.next.due < today && (!lateFrom || hasReached(clock, lateFrom))
  return {
    ...base,
    ...plan,
    overdue,
    dueToday: interviewed && !overdue && plan.next.due <= today,
    ...(lateFrom && !overdue && interviewed ? { lateFrom } : {}),
    ...(snooze && snooze > today ? { snoozedUntil: snooze } : {})
  }
}

/** The main contact's first name, without a title like "Dr." in front. */
export function contactFirstName(p: Pick<Process, 'mainContactId' | 'people'>): string | null {
  const person = p.mainContactId ? p.people.find((x) => x.id === p.mainContactId) : undefined
  if (!person) return null
  const words = person.name.trim().split(/\s+/)
  const first = words.find((w) => !/^(dr|mr|mrs|ms|mx|miss|prof)\.?$/i.test(w)) ?? words[0]
  return first || null
}

export function reminderTitle(kind: PlanKind, company: string, role: string, person: string | null): string {
  const what = kind === 'move-on' ? STEP_LABELS[kind] : `${STEP_LABELS[kind]} due`
  return `${what} — ${company}, ${role}${person ? ` (${person})` : ''}`
}

// Formatting a date through Intl costs far more than planning a process; a board repeats the
// same few hundred dates, so each is formatted once.
const longDates = new Map<IsoDate, string>()
function longDate(date: IsoDate): string {
  let text = longDates.get(date)
  if (text === undefined) longDates.set(date, (text = formatLongDate(date)))
  return text
}

function dueBody(plan: ProcessPlan, due: IsoDate, today: IsoDate): string {
  if (plan.overdue) return `Overdue since ${longDate(due)}`
  if (due === today) return 'Due today'
  // A thank-you past its day but within its 48 hours.
  if (due < today) return `Still on time (due ${longDate(due)})`
  return `Due ${longDate(due)}`
}

function dueItem(p: ProcessSummary, plan: ProcessPlan, today: IsoDate): DueItem | null {
  if (!plan.next || !plan.roundId || plan.stopped) return null
  const { kind, due } = plan.next
  const snooze = lastSnooze(p, plan.roundId, kind)
  const base = `${p.id}:${plan.roundId}:${kind}`
  // A snooze that has run out reminds again, under a key of its own.
  const key = snooze && snooze <= today && snooze > due ? `${base}@${snooze}` : base
  const person = contactFirstName(p)
  return {
    key,
    processId: p.id,
    roundId: plan.roundId,
    kind,
    due,
    date: plan.snoozedUntil ?? due,
    ...(plan.snoozedUntil ? { snoozedUntil: plan.snoozedUntil } : {}),
    overdue: plan.overdue,
    company: p.company,
    role: p.role,
    person,
    title: reminderTitle(kind, p.company, p.role, person),
    body: dueBody(plan, due, today)
  }
}

const byDateThenCompany = (a: Reminder, b: Reminder) =>
  a.date.localeCompare(b.date) || a.due.localeCompare(b.due) || a.company.localeCompare(b.company) || a.key.localeCompare(b.key)

/**
 * The reminders to raise now: the next step of each live process when it is due today or
 * overdue, not snoozed past today, and each offer whose answer-by date is near or here; none
 * notified before (keys in `notified`).
 */
export function dueReminders(
  processes: readonly ProcessSummary[],
  settings: PlanSettings,
  now: Now,
  notified: ReadonlySet<string>
): Reminder[] {
  const today = splitNow(now).date
  const reminders: Reminder[] = []
  for (const p of processes) {
    const offer = offerAnswerReminder(p, today, contactFirstName(p))
    if (offer && !notified.has(offer.key)) reminders.push(offer)
    const plan = planForProcess(p, settings, now)
    if (!plan.overdue && !plan.dueToday) continue
    if (plan.snoozedUntil) continue
    const item = dueItem(p, plan, today)
    if (item && !notified.has(item.key)) reminders.push(item)
  }
  return reminders.sort(byDateThenCompany)
}

const MAX_COMPANIES_NAMED = 3

/** One notification for a batch: the reminder itself when alone, a summary when several. */
export function groupReminders(list: readonly Reminder[]): ReminderNotification | null {
  if (list.length === 0) return null
  if (list.length === 1) return { title: list[0].title, body: list[0].body, reminders: [...list] }
  const companies = [...new Set(list.map((r) => r.company))]
  const named = companies.slice(0, MAX_COMPANIES_NAMED).join(', ')
  const more = companies.length - MAX_COMPANIES_NAMED
  return {
    title: `${list.length} follow-ups due — ${named}${more > 0 ? ` and ${more} more` : ''}`,
    body: list.map((r) => r.title).join('\n'),
    reminders: [...list]
  }
}

/** What is overdue, due today and coming up in the next `days` days, across all processes. */
export function agenda(processes: readonly ProcessSummary[], settings: PlanSettings, now: Now, days = 14): Agenda {
  const today = splitNow(now).date
  const horizon = addDays(today, days)
  const result: Agenda = { overdue: [], today: [], upcoming: [] }
  for (const p of processes) {
    const offer = offerAnswerItem(p, today, contactFirstName(p))
    for (const item of [dueItem(p, planForProcess(p, settings, now), today), offer]) {
      if (!item) continue
      if (item.date > today) {
        if (item.date <= horizon) result.upcoming.push(item)
      } else if (item.overdue) result.overdue.push(item)
      else result.today.push(item)
    }
  }
  result.overdue.sort(byDateThenCompany)
  result.today.sort(byDateThenCompany)
  result.upcoming.sort(byDateThenCompany)
  return result
}

/**
 * Calendar events (for `buildIcs`) of the steps still ahead in each live process: the next
 * one and those projected after it. UIDs are stable per process, round and step, so exporting
 * again after a send updates the events instead of adding copies.
 */
export function calendarEvents(processes: readonly ProcessSummary[], settings: PlanSettings, now: Now): IcsEvent[] {
  const events: IcsEvent[] = []
  for (const p of processes) {
    const plan = planForProcess(p, settings, now)
    if (!plan.next || plan.stopped || !plan.roundId) continue
    const person = contactFirstName(p)
    for (const s of plan.steps) {
      if (s.sentOn || s.skipped) continue
      const projected = s.kind !== plan.next.kind
      events.push({
        uid: `${p.id}.${plan.roundId}.${s.kind}@afterview`,
        summary: reminderTitle(s.kind, p.company, p.role, person),
        date: s.due,
        description:
          `Interview on ${longDate(plan.roundDate ?? s.due)}.` +
          (projected ? ' Projected: this date moves if the step before it goes out on another day.' : '')
      })
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid))
}
