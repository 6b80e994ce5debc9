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
  storedProcessSchema,
  userNameSchema,
  webUrlSchema,
  type Process,
  type Settings
} from '../model'
import type { ProcessSummary } from '../process-summary'
import type { Channel, EventName } from './channels'

// One contract for every message between renderer and main: channel -> input schema, and
// channel -> output type (Outputs). Main validates every input against it; the preload and the
// browser harness expose only it.

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
  /** False where "Open at login" cannot work (Linux: Electron's login items do nothing there). */
  openAtLoginAvailable?: boolean
}

export interface Notice {
  kind: string
  message: string
}

/** What an import changes, from the store's own check of the file. */
export interface ImportPreview {
  /** "Company — Role" of each interview the import adds, removes or changes. */
  added: string[]
  removed: string[]
  changed: string[]
  unchanged: number
  /** Rounds whose notes would differ. */
  notesChanged: number
  settingsChanged: boolean
}

/** Invites and emails over this size are refused before they are read (docs/design.md). */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024

/** A file the user picked with File → Import…, as main hands it to the window. */
export const importedFileSchema = z.object({
  name: z.string().min(1).max(255),
  /** The file's bytes, base64: an .eml need not be UTF-8. */
  base64: z.string().max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4)
})
export type ImportedFile = z.infer<typeof importedFileSchema>

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
    offerAnswerBy: isoDateSchema.nullable().optional(),
    mainContactId: idSchema.nullable().optional(),
    outcome: outcomeSchema.nullable().optional()
  })

export const roundInputSchema = roundSchema.omit({ id: true, points: true, reflection: true }).extend({ id: idSchema.optional() })
export const personInputSchema = personSchema.omit({ id: true }).extend({ id: idSchema.optional() })
export const messageInputSchema = messageSchema.omit({ id: true })

export const contract = {
  'app.info': { input: none },
  'processes.list': { input: none },
  // The board's start-up list (see process-summary.ts); a screen showing one process asks for it whole.
  'processes.summaries': { input: none },
  'processes.get': { input: z.object({ id: idSchema }) },
  'processes.create': { input: processDraftSchema },
  'processes.update': { input: z.object({ id: idSchema, patch: processPatchSchema }) },
  'processes.move': {
    input: z.object({ id: idSchema, stage: stageSchema, outcome: outcomeSchema.nullable().optional() })
  },
  'processes.delete': { input: z.object({ id: idSchema }) },
  // Undo of a delete: the process exactly as it was before (same ids), and its rounds' notes.
  // expectUpdatedAt null: the process itself was deleted and must not exist; otherwise the process
  // must still be as the delete left it, so an undo never throws away a later change.
  'processes.restore': {
    input: z.object({
      process: storedProcessSchema,
      notes: z.record(idSchema, z.string().max(2_000_000)).default({}),
      expectUpdatedAt: z.string().max(40).nullable()
    })
  },
  'rounds.save': { input: processRef.extend({ round: roundInputSchema }) },
  'rounds.delete': { input: roundRef },
  'people.save': { input: processRef.extend({ person: personInputSchema, mainContact: z.boolean().optional() }) },
  'people.delete': { input: processRef.extend({ personId: idSchema }) },
  'messages.add': { input: processRef.extend({ message: messageInputSchema }) },
  'messages.delete': { input: processRef.extend({ messageId: idSchema }) },
  'plan.event': { input: processRef.extend({ event: planEventSchema }) },
  'notes.get': { input: roundRef },
  'notes.save': {
    input: roundRef.extend({ text: z.string().max(MAX_NOTES_CHARS, 'Notes are limited to 2 million characters') })
  },
  'review.save': { input: roundRef.extend({ points: z.array(reviewPointSchema).max(2000) }) },
  'reflection.save': { input: roundRef.extend({ reflection: reflectionSchema }) },
  'search.notes': { input: z.object({ query: z.string().max(200) }) },
  'settings.get': { input: none },
  // A name can be changed but not emptied: drafts are signed with it.
  'settings.update': { input: settingsSchema.partial().extend({ name: userNameSchema.optional() }) },
  'sample.load': { input: none },
  'data.export': { input: none },
  'data.import': { input: z.object({ json: z.string().max(200_000_000), apply: z.boolean() }) },
  'data.exportCsv': { input: none },
  'backups.list': { input: none },
  'backups.restore': { input: z.object({ id: z.string().min(1).max(200) }) },
  'data.chooseFolder': { input: none },
  'data.switchFolder': { input: z.object({ path: z.string().min(1).max(4096), copyCurrent: z.boolean() }) },
  'file.save': {
    input: z.object({
      suggestedName: z.string().min(1).max(200),
      content: z.string().max(200_000_000),
      kind: z.enum(['eml', 'ics', 'json', 'csv', 'txt'])
    })
  },
  'file.openImport': { input: none },
  'clipboard.write': {
    input: z.object({ text: z.string().max(1_000_000), html: z.string().max(2_000_000).optional() })
  },
  'shell.openExternal': { input: z.object({ url: z.string().max(8192) }) }
} satisfies Record<Channel, { input: z.ZodType }>

/** What each channel answers with (main builds these values itself, so they are typed, not parsed). */
export interface Outputs {
  'app.info': AppInfo
  'processes.list': Process[]
  'processes.summaries': ProcessSummary[]
  'processes.get': Process
  'processes.create': Process
  'processes.update': Process
  'processes.move': Process
  'processes.delete': { ok: true }
  'processes.restore': Process
  'rounds.save': Process
  'rounds.delete': Process
  'people.save': Process
  'people.delete': Process
  'messages.add': Process
  'messages.delete': Process
  'plan.event': Process
  'notes.get': { text: string }
  'notes.save': { savedAt: string }
  'review.save': Process
  'reflection.save': Process
  'search.notes': { ids: string[] }
  'settings.get': Settings
  'settings.update': Settings
  'sample.load': Process[]
  'data.export': { saved: boolean; path?: string }
  'data.import': ImportPreview & { applied: boolean }
  'data.exportCsv': { csv: string; fileName: string }
  'backups.list': { id: string; createdAt: string; reason: string; sizeBytes: number }[]
  'backups.restore': { ok: true }
  'data.chooseFolder':
    | { path: string; kind: 'empty' | 'afterview' | 'other'; current: boolean }
    | { path: null; reason: string }
  'data.switchFolder': { ok: true; restarting: boolean }
  'file.save': { saved: boolean; path?: string }
  'file.openImport': ImportedFile | { canceled: true }
  'clipboard.write': { ok: true }
  'shell.openExternal': { opened: boolean }
}

// Every channel name in channels.ts has an input and an output, and nothing else does.
type MissingChannels = Exclude<Channel, keyof typeof contract> | Exclude<Channel, keyof Outputs>
const _allChannelsCovered: MissingChannels extends never ? true : MissingChannels = true
void _allChannelsCovered

export type Contract = typeof contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = Outputs[C]

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
  /** The local calendar date changed (midnight, or waking from sleep on another day). */
  'today.changed': { today: string }
}

/** A screen the app menu can open directly. */
export type CommandRoute = 'board' | 'agenda' | 'stats' | 'settings'

/** What an app-menu item asks the window to do (the renderer owns screens and dialogs). */
export interface AppCommand {
  command: 'new-process' | 'search' | 'settings' | 'navigate' | 'import'
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

