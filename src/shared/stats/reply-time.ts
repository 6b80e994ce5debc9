import type { IsoDate } from '../dates'
import { daysBetween } from '../dates'
import type { ProcessSummary } from '../process-summary'

export interface ReplySample {
  processId: string
  roundId: string
  roundDate: IsoDate
  replyDate: IsoDate
  days: number
}

export interface Spread {
  min: number
  p25: number
  median: number
  p75: number
  max: number
}

export interface ReplyTimes {
  samples: ReplySample[]
  /** Null when there is no sample. */
  spread: Spread | null
  /** Rounds that took place with no reply logged after them (yet). */
  unanswered: number
}

/**
 * Days from interview to reply, one sample per round that got a reply.
 *
 * Rounds are taken in date order, and those on the same day count as one interview. The reply
 * to a round dated D is the first received message dated on or after D and strictly before the
 * next round's date (a reply on the day of the next round is treated as belonging to that
 * round). The sample is the number of calendar days from D to that message (0 = same day).
 * Rounds and messages after today are ignored, so the figure never looks ahead. A message that
 * arrives after several rounds therefore counts for the latest round before it, and a process
 * with more rounds can give more samples.
 */
export function replyTimes(processes: readonly ProcessSummary[], today: IsoDate): ReplyTimes {
  const samples: ReplySample[] = []
  let unanswered = 0
  for (const p of processes) {
    const rounds = p.rounds.filter((r) => r.date <= today).sort((a, b) => compare(a.date, b.date) || compare(a.time, b.time))
    const interviews = rounds.filter((r, i) => i === 0 || rounds[i - 1].date !== r.date)
    const received = p.messages
      .filter((m) => m.direction === 'received' && m.date <= today)
      .map((m) => m.date)
      .sort()
    interviews.forEach((round, i) => {
      const next = interviews[i + 1]?.date
      const reply = received.find((d) => d >= round.date && (next === undefined || d < next))
      if (reply === undefined) unanswered += 1
      else samples.push({ processId: p.id, roundId: round.id, roundDate: round.date, replyDate: reply, days: daysBetween(round.date, reply) })
    })
  }
  return { samples, spread: spread(samples.map((s) => s.days)), unanswered }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Five-number summary; quartiles by linear interpolation between order statistics. */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return {
    min: sorted[0],
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]
  }
}

/**
 * The q-quantile of sorted values, interpolating at position q·(n−1) (the common "type 7"
 * definition used by spreadsheets and NumPy), so the median of [1, 2] is 1.5.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty list')
  const pos = q * (sorted.length - 1)
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}
