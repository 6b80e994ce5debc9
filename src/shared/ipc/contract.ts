import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  messageSchema,
  outcomeSchema,
  personSchema,
  planEventSchema,
  reflectionSchema,
  reviewPointSchema,
  roundSchema,
  settingsSchema,
  stageSchema,
  webUrlSchema,
  type Process,
  type Settings
} from '../model'
import type { Channel, EventName } from './channels'

// One contract for every message between renderer and main: channel -> input schema and output
// type. Main validates every input against it; the preload and the browser harness expose only it.

const out = <T>() => z.custom<T>(() => true)
const none = z.undefined()
const processRef = z.object({ processId: idSchema })
const roundRef = z.object({ processId: idSchema, roundId: idSchema })

export const MAX_NOTES_CHARS = 2_000_000

export interface AppInfo {
  version: string
  platform: 'electron' | 'web'
  dataDir: string
  readOnly: boolean
  today: string
  notices: { kind: string; message: string }[]
}

export interface Notice {
  kind: string
  message: string
}

export interface ImportPreview {
  processes: number
  rounds: number
  notes: number
  current: { processes: number; rounds: number }
  applied: boolean
}

export const processDraftSchema = z.object({
  company: z.string().trim().min(1, 'A company name is needed').max(200, 'Keep the company name under 200 characters'),
  role: z.string().trim().min(1, 'A role is needed').max(200, 'Keep the role under 200 characters'),
  postingUrl: webUrlSchema.default(''),
  stage: stageSchema.default('scheduled')
})

// Not `processDraftSchema.partial()`: its postingUrl default ('') would survive `.partial()` and
// blank the stored posting link on every patch that does not mention it.
export const processPatchSchema = z
  .object({
    company: processDraftSchema.shape.company.optional(),
    role: processDraftSchema.shape.role.optional(),
    postingUrl: webUrlSchema.optional()
  })
  .extend({
    decisionBy: isoDateSchema.nullable().optional(),
    decisionPhrase: z.string().max(500).optional(),
    mainContactId: idSchema.nullable().optional(),
    outcome: outcomeSchema.nullable().optional()
  })

export const roundInputSchema = roundSchema.omit({ id: true, points: true, reflection: true }).extend({ id: idSchema.optional() })
export const personInputSchema = personSchema.omit({ id: true }).extend({ id: idSchema.optional() })
export const messageInputSchema = messageSchema.omit({ id: true })

export const contract = {
  'app.info': { input: none, output: out<AppInfo>() },
  'processes.list': { input: none, output: out<Process[]>() },
  'processes.create': { input: processDraftSchema, output: out<Process>() },
  'processes.update': { input: z.object({ id: idSchema, patch: processPatchSchema }), output: out<Process>() },
  'processes.move': {
    input: z.object({ id: idSchema, stage: stageSchema, outcome: outcomeSchema.nullable().optional() }),
    output: out<Process>()
  },
  'processes.delete': { input: z.object({ id: idSchema }), output: out<{ ok: true }>() },
  'rounds.save': { input: processRef.extend({ round: roundInputSchema }), output: out<Process>() },
  'rounds.delete': { input: roundRef, output: out<Process>() },
  'people.save': {
    input: processRef.extend({ person: personInputSchema, mainContact: z.boolean().optional() }),
    output: out<Process>()
  },
  'people.delete': { input: processRef.extend({ personId: idSchema }), output: out<Process>() },
  'messages.add': { input: processRef.extend({ message: messageInputSchema }), output: out<Process>() },
  'messages.delete': { input: processRef.extend({ messageId: idSchema }), output: out<Process>() },
  'plan.event': { input: processRef.extend({ event: planEventSchema }), output: out<Process>() },
  'notes.get': { input: roundRef, output: out<{ text: string }>() },
  'notes.save': {
    input: roundRef.extend({ text: z.string().max(MAX_NOTES_CHARS, 'Notes are limited to 2 million characters') }),
    output: out<{ savedAt: string }>()
  },
  'review.save': { input: roundRef.extend({ points: z.array(reviewPointSchema).max(2000) }), output: out<Process>() },
  'reflection.save': { input: roundRef.extend({ reflection: reflectionSchema }), output: out<Process>() },
  'search.notes': { input: z.object({ query: z.string().max(200) }), output: out<{ ids: string[] }>() },
  'settings.get': { input: none, output: out<Settings>() },
  'settings.update': { input: settingsSchema.partial(), output: out<Settings>() },
  'sample.load': { input: none, output: out<Process[]>() },
  'data.export': { input: none, output: out<{ json: string; fileName: string }>() },
  'data.import': {
    input: z.object({ json: z.string().max(200_000_000), apply: z.boolean() }),
    output: out<ImportPreview>()
  },
  'data.exportCsv': { input: none, output: out<{ csv: string; fileName: string }>() },
  'backups.list': {
    input: none,
    output: out<{ id: string; createdAt: string; reason: string; sizeBytes: number }[]>()
  },
  'backups.restore': { input: z.object({ id: z.string().min(1).max(200) }), output: out<{ ok: true }>() },
  'data.chooseFolder': {
    input: none,
    output: out<{ path: string; kind: 'empty' | 'afterview' | 'other'; current: boolean } | { path: null; reason: string }>()
  },
  'data.switchFolder': {
    input: z.object({ path: z.string().min(1).max(4096), copyCurrent: z.boolean() }),
    output: out<{ ok: true; restarting: boolean }>()
  },
  'file.save': {
    input: z.object({
      suggestedName: z.string().min(1).max(200),
      content: z.string().max(200_000_000),
      kind: z.enum(['eml', 'ics', 'json', 'csv', 'txt'])
    }),
    output: out<{ saved: boolean; path?: string }>()
  },
  'clipboard.write': {
    input: z.object({ text: z.string().max(1_000_000), html: z.string().max(2_000_000).optional() }),
    output: out<{ ok: true }>()
  },
  'shell.openExternal': { input: z.object({ url: z.string().max(8192) }), output: out<{ opened: boolean }>() }
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>

// Every channel name in channels.ts has an entry, and nothing else does.
type MissingChannels = Exclude<Channel, keyof typeof contract>
const _allChannelsCovered: MissingChannels extends never ? true : MissingChannels = true
void _allChannelsCovered

export type Contract = typeof contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = z.output<Contract[C]['output']>

export interface EventPayloads {
  /**
   * What changed: the processes named, the settings, or (`all`) everything at once after an
   * import or a restore. Listeners refetch only that.
   */
  'data.changed': { processIds: string[]; settings?: boolean; all?: boolean }
  'app.notice': Notice
  'reminder.due': { title: string; body: string; processId: string | null; step: string | null }
  'app.focus': { processId: string; step?: string | null }
  'app.command': AppCommand
}

/** A screen the app menu can open directly. */
export type CommandRoute = 'board' | 'agenda' | 'stats' | 'settings'

/** What an app-menu item asks the window to do (the renderer owns screens and dialogs). */
export interface AppCommand {
  command: 'new-process' | 'search' | 'settings' | 'navigate'
  /** For 'navigate' only. */
  route?: CommandRoute
}
type MissingEvents = Exclude<EventName, keyof EventPayloads>
const _allEventsCovered: MissingEvents extends never ? true : MissingEvents = true
void _allEventsCovered

/** What the preload (or the harness bridge) puts on `window.afterview`. */
export interface AfterviewApi {
  invoke<C extends Channel>(channel: C, ...input: Input<C> extends undefined ? [] : [Input<C>]): Promise<import('./result').IpcResult<Output<C>>>
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
}

