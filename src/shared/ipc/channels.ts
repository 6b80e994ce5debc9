// Channel and event names only, without schemas, so the preload can check a name cheaply.
// contract.ts holds the schemas and is checked against these lists at compile time.

export const CHANNELS = [
  'app.info',
  'processes.list',
  'processes.summaries',
  'processes.get',
  'processes.create',
  'processes.update',
  'processes.move',
  'processes.delete',
  'processes.restore',
  'rounds.save',
  'rounds.delete',
  'people.save',
  'people.delete',
  'messages.add',
  'messages.delete',
  'plan.event',
  'notes.get',
  'notes.save',
  'review.save',
  'reflection.save',
  'search.notes',
  'settings.get',
  'settings.update',
  'sample.load',
  'data.export',
  'data.import',
  'data.exportCsv',
  'backups.list',
  'backups.restore',
  'data.chooseFolder',
  'data.switchFolder',
  'file.save',
  'file.openImport',
  'clipboard.write',
  'shell.openExternal'
] as const
export type Channel = (typeof CHANNELS)[number]

export const EVENTS = ['data.changed', 'app.notice', 'reminder.due', 'app.focus', 'app.command', 'today.changed'] as const
export type EventName = (typeof EVENTS)[number]

const channelSet: ReadonlySet<string> = new Set(CHANNELS)
const eventSet: ReadonlySet<string> = new Set(EVENTS)
export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && channelSet.has(name)
export const isEventName = (name: unknown): name is EventName => typeof name === 'string' && eventSet.has(name)

/** The single IPC message name for events sent from main to the renderer. */
export const EVENT_CHANNEL = 'afterview:event'
