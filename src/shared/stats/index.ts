import type { IsoDate } from '../dates'
import { activityCalendar, type ActivityCalendar } from './activity'
import { followUpsByOutcome, type FollowUpGroup } from './follow-ups'
import { outcomeFunnel, type OutcomeFunnel } from './funnel'
import { replyTimes, type ReplyTimes } from './reply-time'
import { responseRateByStage, type StageResponse } from './response-rate'
import { hasInterviewed } from './stages-reached'
import type { ProcessSummary } from '../process-summary'

export * from './activity'
export * from './follow-ups'
export * from './funnel'
export * from './reply-time'
export * from './response-rate'
export * from './stages-reached'

export interface SearchStats {
  /** Processes with at least one round on or before today: below MIN_INTERVIEWED, too few for patterns. */
  interviewed: number
  responseRate: StageResponse[]
  replyTimes: ReplyTimes
  funnel: OutcomeFunnel
  followUps: FollowUpGroup[]
  activity: ActivityCalendar
}

/** Fewer interviews than this and the charts would show noise, not patterns. */
export const MIN_INTERVIEWED = 2

export function searchStats(processes: readonly ProcessSummary[], today: IsoDate): SearchStats {
  return {
    interviewed: processes.filter((p) => hasInterviewed(p, today)).length,
    responseRate: responseRateByStage(processes, today),
    replyTimes: replyTimes(processes, today),
    funnel: outcomeFunnel(processes, today),
    followUps: followUpsByOutcome(processes, today),
    activity: activityCalendar(processes, today)
  }
}
