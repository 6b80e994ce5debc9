// The public, pure API of Afterview's domain code. Nothing here touches Electron, the DOM or
// Node built-ins, so it loads anywhere (npx tsx, the renderer, the main process, tests).

export * from './dates'
export {
  STAGES,
  STAGE_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  ROUND_FORMATS,
  FORMAT_LABELS,
  KEY_POINT_CATEGORIES,
  STEPS,
  CHANNELS,
  DEFAULT_SETTINGS,
  latestRound,
  processSchema,
  roundSchema,
  personSchema,
  messageSchema,
  settingsSchema,
  policySchema,
  type Process,
  type Round,
  type Person,
  type Message,
  type Settings,
  type Stage,
  type Outcome,
  type ReviewPoint,
  type Reflection,
  type KeyPointCategory
} from './model'

export {
  planFollowUps,
  DEFAULT_POLICY,
  type Policy,
  type Step,
  type PlanKind,
  type PlanStep,
  type PlanInput,
  type Plan
} from './plan/planner'
export { isBusinessDay, isPublicHoliday, rollForward } from './plan/business-days'
export { planForProcess, dueReminders, groupReminders, agenda, calendarEvents, thankYouLateFrom } from './plan/process-plan'
export { offerAnswer, offerAnswerReminder, OFFER_REMIND_DAYS_BEFORE } from './plan/offer-answer'

export { buildMailto, mailtoTooLong, MAILTO_SAFE_LENGTH } from './export/mailto'
export { buildEml } from './export/eml'
export { buildIcs } from './export/ics'
export { pipelineCsv } from './export/csv'

export * from './compose'

export {
  extractKeyPoints,
  resolveDecisionDate,
  type KeyPoint,
  type DecisionDate,
  type FoundPerson,
  type Extraction
} from './extract/index'

export { parseInvite, type Invite, type InvitePerson, type InviteResult, type InviteOptions } from './import/invite'
export { readEmail, stripQuotedHistory, type ReadEmail, type ReadEmailResult, type EmailAddress } from './import/email'
export { readReply, type ReplyKind, type ReplyReading } from './import/reply'
export { MAX_IMPORT_BYTES } from './import/text'
