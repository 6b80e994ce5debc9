import type { Stage } from '../model'
import type { IsoDate } from '../dates'
import { employerReplied, stagesReached } from './stages-reached'
import type { ProcessSummary } from '../process-summary'

export interface StageResponse {
  stage: Stage
  /** Processes that reached this stage (see stagesReached). */
  reached: number
  /** Of those, how many heard back from the employer after a round. */
  replied: number
  /** replied / reached, or null when no process reached the stage. */
  rate: number | null
}

/**
 * Response rate by stage: for each stage from Interviewed on, the share of the processes that
 * reached it in which the employer replied (employerReplied). Scheduled is left out: before a
 * round there is nothing to reply to, so it would only dilute the figure.
 */
export function responseRateByStage(processes: readonly ProcessSummary[], today: IsoDate): StageResponse[] {
  const stages: Stage[] = ['interviewed', 'waiting', 'following-up', 'offer', 'closed']
  const rows = stages.map((stage) => ({ stage, reached: 0, replied: 0, rate: null as number | null }))
  for (const p of processes) {
    const reached = stagesReached(p, today)
    const replied = employerReplied(p, today)
    for (const row of rows) {
      if (!reached.includes(row.stage)) continue
      row.reached += 1
      if (replied) row.replied += 1
    }
  }
  for (const row of rows) row.rate = row.reached === 0 ? null : row.replied / row.reached
  return rows
}
