import { addDays, daysBetween, weekday, type IsoDate } from '../../../../shared/dates'

/**
 * "today", "tomorrow", "in 3 days", "2 days overdue"-style text for a due date, seen from today.
 * `late` is the plan's say: a thank-you past its day is still on time within its 48 hours.
 */
export function relativeDue(due: IsoDate, today: IsoDate, late = due < today): string {
  const days = daysBetween(today, due)
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days > 1) return `in ${days} days`
  if (!late) return 'still on time'
  return `${-days} day${days === -1 ? '' : 's'} overdue`
}

/** The Monday strictly after today: "next week" when snoozing, even when asked on a Sunday. */
export function nextMonday(today: IsoDate): IsoDate {
  const ahead = (1 - weekday(today) + 7) % 7 || 7
  return addDays(today, ahead)
}

export interface SnoozeChoice {
  id: '1d' | '3d' | 'next-week'
  label: string
  date: IsoDate
}

/** The three snooze lengths, counted from today (not from the due date: the user is busy now). */
export function snoozeChoices(today: IsoDate): SnoozeChoice[] {
  return [
    { id: '1d', label: '1 day', date: addDays(today, 1) },
    { id: '3d', label: '3 days', date: addDays(today, 3) },
    { id: 'next-week', label: 'Next week', date: nextMonday(today) }
  ]
}
