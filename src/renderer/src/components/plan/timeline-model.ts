import { daysBetween, isSupportedDate, type IsoDate } from '../../../../shared/dates'
import { formatLongDate, formatShortDate, formatTime } from '../../locale-format'
import { FORMAT_LABELS, type Process } from '../../../../shared/model'
import { STEP_LABELS, type ProcessPlan } from '../../../../shared/plan/process-plan'
import { CHANNEL_LABELS, situationLabel } from '../../screens/process/message-labels'
import { relativeDue } from './plan-dates'

// What the timeline picture shows and where: a pure model so the layout rules can be tested
// without a DOM.

export type EntryKind = 'round' | 'sent' | 'received' | 'decision' | 'skipped' | 'next' | 'overdue' | 'planned'

export interface TimelineEntry {
  key: string
  date: IsoDate
  kind: EntryKind
  label: string
  detail: string
}

// Within one day: what happened first, what is planned last.
const ORDER: Record<EntryKind, number> = { round: 0, received: 1, sent: 2, skipped: 3, decision: 4, overdue: 5, next: 6, planned: 7 }

export function timelineEntries(process: Process, plan: ProcessPlan | null, today: IsoDate): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  const personName = (id: string | null) => (id ? process.people.find((p) => p.id === id)?.name : undefined)

  for (const r of process.rounds) {
    entries.push({
      key: `round:${r.id}`,
      date: r.date,
      kind: 'round',
      label: r.label.trim() || 'Interview',
      detail: [FORMAT_LABELS[r.format], r.time && formatTime(r.time)].filter(Boolean).join(' · ')
    })
  }
  for (const m of process.messages) {
    const who = personName(m.personId)
    const sent = m.direction === 'sent'
    const what = m.step ? STEP_LABELS[m.step] : m.situation ? situationLabel(m.situation) : m.subject.trim() || 'Message'
    entries.push({
      key: `message:${m.id}`,
      date: m.date,
      kind: sent ? 'sent' : 'received',
      label: what,
      detail: [sent ? 'Sent' : 'Received', CHANNEL_LABELS[m.channel], who && (sent ? `to ${who}` : `from ${who}`)].filter(Boolean).join(' · ')
    })
  }
  if (process.decisionBy) {
    const phrase = process.decisionPhrase.trim()
    entries.push({
      key: 'decision',
      date: process.decisionBy,
      kind: 'decision',
      label: 'Decision expected',
      detail: phrase ? `“${phrase}”` : 'The date they gave'
    })
  }
  for (const s of plan?.steps ?? []) {
    // Steps that went out are already there as messages; skips and planned steps are not.
    if (s.skipped) {
      const date = s.sentOn ?? s.due
      entries.push({ key: `step:${s.kind}`, date, kind: 'skipped', label: STEP_LABELS[s.kind], detail: s.sentOn ? 'Skipped' : 'Passed over' })
    } else if (!s.sentOn) {
      const isNext = plan?.next?.kind === s.kind
      const kind: EntryKind = isNext ? (plan?.overdue ? 'overdue' : 'next') : 'planned'
      const shownOn = isNext && plan?.snoozedUntil ? ` · snoozed to ${formatShortDate(plan.snoozedUntil)}` : ''
      const detail = isNext ? `Next · ${relativeDue(s.due, today, plan?.overdue)}${shownOn}` : 'Projected'
      entries.push({ key: `step:${s.kind}`, date: s.due, kind, label: STEP_LABELS[s.kind], detail })
    }
  }
  // A date outside 2000–2100 kept from old data would stretch the axis over centuries; the plan
  // panel's notice names it instead.
  return entries
    .filter((e) => isSupportedDate(e.date))
    .sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind] || a.key.localeCompare(b.key))
}

export interface TimelineRow extends TimelineEntry {
  /** Centre of the row, where the marker sits on the axis. */
  y: number
  /** The first row of its day carries the day's date. */
  firstOfDay: boolean
}

export interface TimelineGap {
  y: number
  days: number
}

export interface TimelineLayout {
  rows: TimelineRow[]
  todayY: number
  height: number
  axisTop: number
  axisBottom: number
  /** Long stretches with nothing on them, labelled so the compressed axis does not mislead. */
  gaps: TimelineGap[]
}

export const LAYOUT = {
  top: 14,
  bottom: 14,
  rowHeight: 36,
  todayOnlyHeight: 22,
  pxPerDay: 3,
  maxGap: 40,
  /** Gaps at least this long get a "3 weeks" note beside the axis. */
  labelGapDays: 14
}

/**
 * One vertical date axis, time flowing down. Each day with something on it gets a row per item,
 * so labels never overlap whatever the count; the space between days grows with the days
 * between them (capped), so the picture still reads as a calendar.
 */
export function layoutTimeline(entries: readonly TimelineEntry[], today: IsoDate, opts = LAYOUT): TimelineLayout {
  const byDay = new Map<IsoDate, TimelineEntry[]>()
  for (const e of entries) {
    const list = byDay.get(e.date)
    if (list) list.push(e)
    else byDay.set(e.date, [e])
  }
  if (!byDay.has(today)) byDay.set(today, [])
  const days = [...byDay.keys()].sort()

  const rows: TimelineRow[] = []
  const gaps: TimelineGap[] = []
  let cursor = opts.top
  let todayY = opts.top
  let previous: IsoDate | null = null
  for (const day of days) {
    if (previous) {
      const between = daysBetween(previous, day)
      const space = Math.min(opts.maxGap, Math.max(0, between - 1) * opts.pxPerDay)
      if (between >= opts.labelGapDays) gaps.push({ y: cursor + space / 2, days: between })
      cursor += space
    }
    const items = byDay.get(day)!
    if (day === today) todayY = cursor
    items.forEach((e, i) => rows.push({ ...e, y: cursor + opts.rowHeight * (i + 0.5), firstOfDay: i === 0 }))
    cursor += items.length ? items.length * opts.rowHeight : opts.todayOnlyHeight
    previous = day
  }
  const ys = rows.map((r) => r.y)
  return {
    rows,
    todayY,
    height: cursor + opts.bottom,
    axisTop: Math.min(todayY, ...ys),
    axisBottom: Math.max(todayY, ...ys),
    gaps
  }
}

/** "3 weeks", "10 days": the length of a gap on the compressed axis. */
export function gapText(days: number): string {
  if (days >= 60) return `${Math.round(days / 30)} months`
  if (days >= 14) return `${Math.round(days / 7)} weeks`
  return `${days} days`
}

export function timelineSummary(process: Process, entries: readonly TimelineEntry[], plan: ProcessPlan | null, today: IsoDate): string {
  const count = (k: EntryKind) => entries.filter((e) => e.kind === k).length
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
  const parts = [
    plural(count('round'), 'interview round'),
    `${plural(count('sent'), 'message')} sent`,
    `${count('received')} received`
  ]
  let text = `Timeline of ${process.company}, ${process.role}: ${parts.join(', ')}`
  if (process.decisionBy) text += `; decision expected by ${formatLongDate(process.decisionBy)}`
  if (plan?.next) text += `; next: ${STEP_LABELS[plan.next.kind]} ${relativeDue(plan.next.due, today, plan.overdue)}, ${formatLongDate(plan.next.due)}`
  const planned = count('planned')
  if (planned) text += `; then ${plural(planned, 'more step')} planned`
  return `${text}.`
}
