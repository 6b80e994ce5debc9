import { daysBetween, formatShortDate } from '../../../../shared/dates'
import { FORMAT_LABELS, OUTCOME_LABELS, STAGE_LABELS, type Process, type Round } from '../../../../shared/model'
import { STEP_LABELS, type ProcessPlan } from '../../../../shared/plan/process-plan'

// The words on a card, kept apart from the markup so the card stays small and these stay testable.

export function roundLine(round: Round | null, today: string): string {
  if (!round) return 'No rounds yet'
  const label = round.label.trim() || `${FORMAT_LABELS[round.format]} interview`
  return `${label} · ${relativeDay(round.date, today)}`
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

export interface NextLine {
  text: string
  tone: 'overdue' | 'today' | 'normal' | 'quiet'
  badge?: string
}

export function nextLine(p: Process, plan: ProcessPlan, today: string): NextLine {
  if (p.stage === 'closed') return { text: p.outcome ? OUTCOME_LABELS[p.outcome] : 'Closed', tone: 'quiet' }
  if (p.stage === 'offer') return { text: p.decisionBy ? `Decide by ${formatShortDate(p.decisionBy)}` : 'Offer — your call', tone: 'quiet' }
  if (plan.stopped === 'no-rounds') return { text: 'Add a round to plan follow-ups', tone: 'quiet' }
  if (plan.stopped === 'replied') return { text: 'They replied — your move', tone: 'quiet' }
  if (!plan.next) return { text: 'Nothing to chase', tone: 'quiet' }
  const label = STEP_LABELS[plan.next.kind]
  if (plan.snoozedUntil) return { text: `${label} · snoozed to ${formatShortDate(plan.snoozedUntil)}`, tone: 'quiet' }
  if (plan.overdue) {
    const late = daysBetween(plan.next.due, today)
    return { text: `${label} · due ${formatShortDate(plan.next.due)}`, tone: 'overdue', badge: late === 1 ? '1 day overdue' : `${late} days overdue` }
  }
  if (plan.dueToday) return { text: `${label} · due today`, tone: 'today', badge: 'Due today' }
  return { text: `${label} · due ${relativeDay(plan.next.due, today)}`, tone: 'normal' }
}


/** A short accessible name for a card: the visible text, without layout separators. */
export function cardLabel(p: Process, round: Round | null, next: NextLine, today: string): string {
  const parts = [p.company, p.role, STAGE_LABELS[p.stage], roundLine(round, today), next.text]
  if (next.badge) parts.push(next.badge)
  return parts.join('. ')
}
