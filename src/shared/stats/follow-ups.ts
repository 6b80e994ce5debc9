import type { Outcome } from '../model'
import { OUTCOMES } from '../model'
import type { IsoDate } from '../dates'
import { FOLLOW_UP_STEPS, isFollowUpStep, type FollowUpStep } from './stages-reached'
import type { ProcessSummary } from '../process-summary'

export type OutcomeGroup = Outcome | 'open'

export interface FollowUpGroup {
  outcome: OutcomeGroup
  processes: number
  /** Follow-ups sent (status check, second and final; thank-yous are not chasing). */
  total: number
  byStep: Record<FollowUpStep, number>
  /** total / processes, or null for a group with no process. */
  average: number | null
}

/**
 * Follow-ups sent per outcome: closed processes grouped by their outcome, the rest as 'open'.
 * A closed process without an outcome is left out (there is no group to put it in). Only sent
 * messages on or before today that fulfil a follow-up step count.
 */
export function followUpsByOutcome(processes: readonly ProcessSummary[], today: IsoDate): FollowUpGroup[] {
  const groups: OutcomeGroup[] = [...OUTCOMES, 'open']
  const rows = new Map<OutcomeGroup, FollowUpGroup>(
    groups.map((outcome) => [outcome, { outcome, processes: 0, total: 0, byStep: zeroSteps(), average: null }])
  )
  for (const p of processes) {
    const key: OutcomeGroup | null = p.stage === 'closed' ? p.outcome : 'open'
    if (key === null) continue
    const row = rows.get(key)!
    row.processes += 1
    for (const m of p.messages) {
      if (m.direction !== 'sent' || m.date > today || !isFollowUpStep(m.step)) continue
      row.byStep[m.step] += 1
      row.total += 1
    }
  }
  for (const row of rows.values()) row.average = row.processes === 0 ? null : row.total / row.processes
  return groups.map((g) => rows.get(g)!)
}

function zeroSteps(): Record<FollowUpStep, number> {
  return Object.fromEntries(FOLLOW_UP_STEPS.map((s) => [s, 0])) as Record<FollowUpStep, number>
}
