import { addDays, daysBetween, formatLongDate, isSupportedDate, type IsoDate } from '../dates'
import type { Process } from '../model'
import type { ProcessSummary } from '../process-summary'

// An offer's own answer-by date (docs/design.md, Follow-up policy): the follow-up plan stops
// at Offer, but the day the employer needs an answer by has a reminder of its own, a couple
// of days ahead and again on the day. The decision date the employer gave earlier is about
// whether they would make an offer, never about when the user must answer it.

/** How many days before the answer-by date the first reminder comes. */
export const OFFER_REMIND_DAYS_BEFORE = 2

export interface OfferAnswer {
  date: IsoDate
  /** Whole days from today to the date (negative once it has passed). */
  daysLeft: number
  /** Within OFFER_REMIND_DAYS_BEFORE days of the date, or past it. */
  near: boolean
  overdue: boolean
}

/** The answer-by date of a live offer as seen from today, or null when there is none to keep. */
export function offerAnswer(p: Pick<Process, 'stage' | 'offerAnswerBy'>, today: IsoDate): OfferAnswer | null {
  const date = p.offerAnswerBy
  if (p.stage !== 'offer' || !date || !isSupportedDate(date)) return null
  const daysLeft = daysBetween(today, date)
  return { date, daysLeft, near: daysLeft <= OFFER_REMIND_DAYS_BEFORE, overdue: daysLeft < 0 }
}

export interface OfferAnswerReminder {
  /** One key ahead of the date and one from the day itself, so each reminds once. */
  key: string
  processId: string
  roundId: null
  kind: 'offer-answer'
  due: IsoDate
  date: IsoDate
  overdue: boolean
  company: string
  role: string
  person: string | null
  title: string
  body: string
}

export function offerAnswerBody(answer: OfferAnswer): string {
  const long = formatLongDate(answer.date)
  if (answer.overdue) return `The answer was due ${long}`
  if (answer.daysLeft === 0) return 'Answer due today'
  return `Answer due ${answer.daysLeft === 1 ? 'tomorrow' : `in ${answer.daysLeft} days`}, ${long}`
}

/** The reminder to raise today for an offer's answer-by date, if it is near, due or past. */
export function offerAnswerReminder(
  p: ProcessSummary,
  today: IsoDate,
  person: string | null
): OfferAnswerReminder | null {
  const answer = offerAnswer(p, today)
  if (!answer || !answer.near) return null
  return answerItem(p, answer, person)
}

/**
 * A live offer's answer-by date as an agenda entry, however far off (the agenda picks its range):
 * it sits on the date itself, not on the day its reminder comes.
 */
export function offerAnswerItem(p: ProcessSummary, today: IsoDate, person: string | null): OfferAnswerReminder | null {
  const answer = offerAnswer(p, today)
  return answer ? { ...answerItem(p, answer, person), date: answer.date } : null
}

function answerItem(p: ProcessSummary, answer: OfferAnswer, person: string | null): OfferAnswerReminder {
  const onTheDay = answer.daysLeft <= 0
  return {
    key: `${p.id}:offer-answer:${answer.date}:${onTheDay ? 'due' : 'near'}`,
    processId: p.id,
    roundId: null,
    kind: 'offer-answer',
    due: answer.date,
    date: onTheDay ? answer.date : addDays(answer.date, -OFFER_REMIND_DAYS_BEFORE),
    overdue: answer.overdue,
    company: p.company,
    role: p.role,
    person,
    title: `Offer answer due — ${p.company}, ${p.role}${person ? ` (${person})` : ''}`,
    body: offerAnswerBody(answer)
  }
}
