import type { Outcome } from '../model'
import { OUTCOMES } from '../model'
import type { IsoDate } from '../dates'
import { stagesReached } from './stages-reached'
import type { ProcessSummary } from '../process-summary'

export type FunnelStep = 'tracked' | 'interviewed' | 'waiting' | 'offer' | 'accepted'

export interface FunnelRow {
  step: FunnelStep
  label: string
  count: number
  /** count / the previous step's count, or null for the first step or after an empty step. */
  fromPrevious: number | null
}

export interface OutcomeFunnel {
  steps: FunnelRow[]
  /** Closed processes by outcome (a closed process with no outcome is counted as 'unknown'). */
  closed: Record<Outcome | 'unknown', number>
  /** Processes that are not closed. */
  open: number
}

const LABELS: Record<FunnelStep, string> = {
  tracked: 'Tracked',
  interviewed: 'Interviewed',
  waiting: 'Waiting or following up',
  offer: 'Offer',
  accepted: 'Accepted'
}

/**
 * How far processes got: every process is tracked; then those that reached Interviewed,
 * Waiting (which includes Following up: a thank-you or a follow-up was sent, or the card was
 * moved there), Offer, and those closed as accepted. Reaching is inferred by stagesReached, so
 * each step is a subset of the one before.
 */
export function outcomeFunnel(processes: readonly ProcessSummary[], today: IsoDate): OutcomeFunnel {
  const counts: Record<FunnelStep, number> = { tracked: 0, interviewed: 0, waiting: 0, offer: 0, accepted: 0 }
  const closed = Object.fromEntries([...OUTCOMES, 'unknown'].map((o) => [o, 0])) as OutcomeFunnel['closed']
  let open = 0
  for (const p of processes) {
    const reached = stagesReached(p, today)
    counts.tracked += 1
    if (reached.includes('interviewed')) counts.interviewed += 1
    if (reached.includes('waiting')) counts.waiting += 1
    if (reached.includes('offer')) counts.offer += 1
    if (p.stage === 'closed' && p.outcome === 'accepted') counts.accepted += 1
    if (p.stage === 'closed') closed[p.outcome ?? 'unknown'] += 1
    else open += 1
  }
  const order: FunnelStep[] = ['tracked', 'interviewed', 'waiting', 'offer', 'accepted']
  const steps = order.map((step, i) => {
    const prev = i === 0 ? 0 : counts[order[i - 1]]
    return { step, label: LABELS[step], count: counts[step], fromPrevious: prev === 0 ? null : counts[step] / prev }
  })
  return { steps, closed, open }
}
