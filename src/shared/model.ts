import { z } from 'zod'
import { DATE_RANGE_MESSAGE, isIsoDate, isSupportedDate } from './dates'

// The domain model. Every type is inferred from its zod schema so that the main process can
// validate anything that crosses the IPC boundary or comes back from disk with the same rules.

const text = (max: number) => z.string().max(max, `Keep this under ${max.toLocaleString('en-US')} characters`)

// Messages name no format: date and time pickers show the system's own (mm/dd/yyyy, 2:30 PM, …).
/** Any real calendar date: what records kept from before the range check may hold. */
export const calendarDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Enter a full date (day, month and year)', abort: true })
/** A date as it enters the app (forms, IPC, import): real, and between 2000 and 2100. */
export const isoDateSchema = calendarDateSchema.refine(isSupportedDate, { message: DATE_RANGE_MESSAGE })
export const timeSchema = z
  .string()
  .regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a full time (hours and minutes)')
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id')

/** http(s) only: a link the user can open safely, or empty. */
export const webUrlSchema = z
  .string()
  .max(2048)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), { message: 'Use a web address starting with https://' })

export const emailSchema = z
  .string()
  .max(254)
  .refine((v) => v === '' || /^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+\.[^\s@<>(),;:"\\]+$/.test(v), {
    message: 'That does not look like an email address'
  })

export const STAGES = ['scheduled', 'interviewed', 'waiting', 'following-up', 'offer', 'closed'] as const
export const stageSchema = z.enum(STAGES)
export type Stage = z.infer<typeof stageSchema>
export const STAGE_LABELS: Record<Stage, string> = {
  scheduled: 'Scheduled',
  interviewed: 'Interviewed',
  waiting: 'Waiting',
  'following-up': 'Following up',
  offer: 'Offer',
  closed: 'Closed'
}

export const OUTCOMES = ['accepted', 'declined', 'rejected', 'withdrawn', 'no-response'] as const
export const outcomeSchema = z.enum(OUTCOMES)
export type Outcome = z.infer<typeof outcomeSchema>
export const OUTCOME_LABELS: Record<Outcome, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  'no-response': 'No response'
}

export const ROUND_FORMATS = ['phone', 'video', 'onsite', 'panel'] as const
export const roundFormatSchema = z.enum(ROUND_FORMATS)
export type RoundFormat = z.infer<typeof roundFormatSchema>
export const FORMAT_LABELS: Record<RoundFormat, string> = {
  phone: 'Phone',
  video: 'Video',
  onsite: 'On-site',
  panel: 'Panel'
}

export const KEY_POINT_CATEGORIES = ['topic', 'praise', 'concern', 'culture', 'next-step', 'action'] as const
export const keyPointCategorySchema = z.enum(KEY_POINT_CATEGORIES)
export type KeyPointCategory = z.infer<typeof keyPointCategorySchema>

export const STEPS = ['thank-you', 'status-check', 'second-follow-up', 'final-follow-up'] as const
export const stepSchema = z.enum(STEPS)

export const CHANNELS = ['email', 'linkedin', 'phone', 'in-person', 'card', 'other'] as const
export const channelSchema = z.enum(CHANNELS)
export type Channel = z.infer<typeof channelSchema>

/** A point the user kept, edited, dropped or added on the note review screen. */
export const reviewPointSchema = z.object({
  id: idSchema,
  category: keyPointCategorySchema,
  text: text(2000),
  /** Where it came from in the notes (offsets into the round's notes), when it came from them. */
  start: z.number().int().min(0).nullable(),
  end: z.number().int().min(0).nullable(),
  status: z.enum(['pending', 'accepted', 'dropped']),
  source: z.enum(['extracted', 'user']),
  /** The employer-side person the point came from (a person's name), or null: none or unknown. */
  speaker: text(200).nullable().optional(),
  /** True once the user picked the speaker: re-extraction keeps their choice. */
  speakerEdited: z.boolean().optional(),
  /** The user's own wording of the phrase drafts use for this point; absent = the generated one. */
  mention: text(300).optional()
})
export type ReviewPoint = z.infer<typeof reviewPointSchema>

const reflectionAnswerSchema = z.object({ rating: z.number().int().min(1).max(5).nullable(), text: text(500) })
export const REFLECTION_QUESTIONS = ['clarity', 'value', 'unexpected', 'differently'] as const
export const reflectionSchema = z.object({
  clarity: reflectionAnswerSchema,
  value: reflectionAnswerSchema,
  unexpected: reflectionAnswerSchema,
  differently: reflectionAnswerSchema
})
export type Reflection = z.infer<typeof reflectionSchema>

export const roundSchema = z.object({
  id: idSchema,
  label: text(120),
  date: isoDateSchema,
  time: timeSchema,
  format: roundFormatSchema,
  location: text(2048),
  points: z.array(reviewPointSchema).max(2000),
  reflection: reflectionSchema.nullable(),
  /** The calendar event's UID when the round came from an invite: its updates find the round. */
  uid: text(1000).optional()
})
export type Round = z.infer<typeof roundSchema>

export const personSchema = z.object({
  id: idSchema,
  name: text(200).min(1, 'A name is needed'),
  title: text(200),
  email: emailSchema,
  linkedin: webUrlSchema,
  roundIds: z.array(idSchema).max(200)
})
export type Person = z.infer<typeof personSchema>

export const messageSchema = z.object({
  id: idSchema,
  direction: z.enum(['sent', 'received']),
  situation: text(60),
  /** The follow-up step this message fulfils, which moves the plan on. */
  step: stepSchema.nullable(),
  channel: channelSchema,
  date: isoDateSchema,
  subject: text(1000),
  body: text(100_000),
  personId: idSchema.nullable()
})
export type Message = z.infer<typeof messageSchema>

export const planEventSchema = z.object({
  kind: z.enum(['skip', 'snooze']),
  step: z.enum([...STEPS, 'move-on']),
  /** skip: the day it was skipped (counts as sent that day); snooze: remind again on this day. */
  date: isoDateSchema,
  roundId: idSchema
})
export type PlanEvent = z.infer<typeof planEventSchema>

export const processSchema = z.object({
  id: idSchema,
  company: text(200).trim().min(1, 'A company name is needed'),
  role: text(200).trim().min(1, 'A role is needed'),
  postingUrl: webUrlSchema,
  stage: stageSchema,
  outcome: outcomeSchema.nullable(),
  decisionBy: isoDateSchema.nullable(),
  decisionPhrase: text(500),
  /** The day the employer needs an answer to their offer by, when they gave one. */
  offerAnswerBy: isoDateSchema.nullable().optional(),
  mainContactId: idSchema.nullable(),
  rounds: z.array(roundSchema).max(200),
  people: z.array(personSchema).max(500),
  messages: z.array(messageSchema).max(5000),
  planEvents: z.array(planEventSchema).max(5000),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40)
})
export type Process = z.infer<typeof processSchema>

/**
 * A process as the store keeps it. Dates entered before the 2000–2100 range was checked stay
 * as they are (the planner shows a notice for them) instead of being dropped on load or making
 * every later edit of the process fail.
 */
export const storedProcessSchema = processSchema.extend({
  decisionBy: calendarDateSchema.nullable(),
  offerAnswerBy: calendarDateSchema.nullable().optional(),
  rounds: z.array(roundSchema.extend({ date: calendarDateSchema })).max(200),
  messages: z.array(messageSchema.extend({ date: calendarDateSchema })).max(5000),
  planEvents: z.array(planEventSchema.extend({ date: calendarDateSchema })).max(5000)
})

export const policySchema = z.object({
  thankYouDays: z.number().int().min(0).max(60),
  statusCheckDays: z.number().int().min(1).max(90),
  secondDays: z.number().int().min(1).max(90),
  finalDays: z.number().int().min(1).max(180),
  moveOnDays: z.number().int().min(1).max(180)
})

/** The name drafts are signed with, as the user sets it: never blank (settings start without one). */
export const userNameSchema = text(200).trim().min(1, 'Enter your name: drafts are signed with it')

export const settingsSchema = z.object({
  name: text(200),
  signature: text(2000),
  email: emailSchema,
  country: z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code'),
  region: z.string().max(10),
  reminderTime: timeSchema.refine((v) => v !== '', 'Pick a time of day'),
  notifications: z.boolean(),
  openAtLogin: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
  linkedinPremium: z.boolean(),
  policy: policySchema,
  onboarded: z.boolean()
})
export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_POLICY = {
  thankYouDays: 1,
  statusCheckDays: 7,
  secondDays: 7,
  finalDays: 14,
  moveOnDays: 14
} as const

export const DEFAULT_SETTINGS: Settings = {
  name: '',
  signature: '',
  email: '',
  country: 'US',
  region: '',
  reminderTime: '09:00',
  notifications: true,
  openAtLogin: false,
  theme: 'system',
  linkedinPremium: false,
  policy: { ...DEFAULT_POLICY },
  onboarded: false
}

export const emptyReflection = (): Reflection => ({
  clarity: { rating: null, text: '' },
  value: { rating: null, text: '' },
  unexpected: { rating: null, text: '' },
  differently: { rating: null, text: '' }
})

/** The latest round by date (then time): the follow-up plan counts from it. */
export function latestRound<R extends Pick<Round, 'date' | 'time'>>(p: { rounds: readonly R[] }): R | null {
  let best: R | null = null
  for (const r of p.rounds) {
    if (!best || r.date > best.date || (r.date === best.date && r.time > best.time)) best = r
  }
  return best
}
