import { daysBetween } from '../../../../shared/dates'
import { FORMAT_LABELS, OUTCOME_LABELS, STAGE_LABELS } from '../../../../shared/model'
import { STEP_LABELS, type ProcessPlan } from '../../../../shared/plan/process-plan'
import { offerAnswer } from '../../../../shared/plan/offer-answer'
import { userLocale } from '../../locale-format'
import type { ProcessSummary, RoundSummary } from '../../../../shared/process-summary'

// The words on a card, kept apart from the markup so the card stays small and these stay testable.

// toLocaleDateString builds a new formatter on every call, which is most of a card's render
// time; one formatter and a cache per date make it free. Same output as locale-format's formatShortDate.
const shortDateFormat = new Intl.DateTimeFormat(userLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' })
const shortDates = new Map<string, string>()
export function formatShortDate(date: string): string {
  let text = shortDates.get(date)
  if (text === undefined) {
    text = shortDateFormat.format(new Date(`${date}T00:00:00Z`))
    if (shortDates.size > 5000) shortDates.clear()
    shortDates.set(date, text)
  }
  return text
}

/** A line split in what may be cut short (`text`) and what must stay whole (`when`). */
export interface CardLine {
  text: string
  when?: string
}

export function roundLine(round: RoundSummary | null, today: string): CardLine {
  if (!round) return { text: 'No rounds yet' }
  return { text: round.label.trim() || `${FORMAT_LABELS[round.format]} interview`, when: relativeDay(round.date, today) }
}

/** "today", "tomorrow", "in 3 days", "Jul 8", "yesterday": short enough for a card. */
export function relativeDay(date: string, today: string): string {
  const diff = daysBetween(today, date)
  if (diff === 0) return 'today'
  if (diff === 1) return 'tomorrow'
  if (diff === -1) return 'yesterday'
  if (diff > 1 && diff < 7) return `in ${diff} days`
  return formatShortDate(date)
}

export interface NextLine extends CardLine {
  tone: 'overdue' | 'today' | 'normal' | 'quiet'
  badge?: string
}

export function nextLine(p: ProcessSummary, plan: ProcessPlan, today: string): NextLine {
  if (p.stage === 'closed') return { text: p.outcome ? OUTCOME_LABELS[p.outcome] : 'Closed', tone: 'quiet' }
  if (p.stage === 'offer') {
    // The offer's own answer-by date; the decision date they gave earlier was about making one.
    const answer = offerAnswer(p, today)
    if (!answer) return { text: 'Offer — your call', tone: 'quiet' }
    const when = `by ${formatShortDate(answer.date)}`
    if (answer.overdue) return { text: 'Answer the offer', when, tone: 'overdue', badge: 'Answer overdue' }
    if (answer.daysLeft === 0) return { text: 'Answer the offer', when, tone: 'today', badge: 'Answer today' }
    return { text: 'Answer the offer', when, tone: answer.near ? 'today' : 'quiet' }
  }
  if (plan.stopped === 'cannot-plan') return { text: "Can't plan", when: 'check its dates', tone: 'overdue', badge: 'Needs a fix' }
  if (plan.stopped === 'no-rounds') return { text: 'Add a round', when: 'to plan follow-ups', tone: 'quiet' }
  if (plan.stopped === 'replied') return { text: 'They replied', when: 'your move', tone: 'quiet' }
  if (!plan.next) return { text: 'Nothing to chase', tone: 'quiet' }
  const text = STEP_LABELS[plan.next.kind]
  if (plan.snoozedUntil) return { text, when: `snoozed to ${formatShortDate(plan.snoozedUntil)}`, tone: 'quiet' }
  if (plan.overdue) {
    const late = daysBetween(plan.next.due, today)
    return { text, when: `due ${formatShortDate(plan.next.due)}`, tone: 'overdue', badge: late === 1 ? '1 day overdue' : `${late} days overdue` }
  }
  if (plan.dueToday) return { text, tone: 'today', badge: 'Due today' }
  return { text, when: `due ${relativeDay(plan.next.due, today)}`, tone: 'normal' }
}

export const lineText = (l: CardLine): string => (l.when ? `${l.text} · ${l.when}` : l.text)

/**
 * The card's accessible name: first the words it shows, in reading order (so speech input can
 * say what it sees, WCAG 2.5.3), then what only the name carries: an overdue step's due date
 * and the stage.
 */
export function cardLabel(p: ProcessSummary, round: RoundSummary | null, next: NextLine, today: string): string {
  const shown = next.badge ? `${next.text} · ${next.badge}` : lineText(next)
  const parts = [p.company, p.role, lineText(roundLine(round, today)), shown]
  if (next.badge && next.when) parts.push(next.when)
  parts.push(STAGE_LABELS[p.stage])
  return parts.join('. ')
}
