import path from 'node:path'
import { DEFAULT_SETTINGS, processSchema, settingsSchema, storedProcessSchema, type Process, type Settings } from '../../shared/model'
import type { StoreIo } from './durable-io'
import { DamagedFileError, StoredFile } from './json-file'
import { dataPaths, SHARD_COUNT } from './layout'
import { CURRENT_SCHEMA_VERSION, type MigrationData } from './migrations'
import { keepAside, loadOrRecover, type RecoveryContext } from './recovery'
import { repairValue, zodMessage } from './repair'
import { StoreError } from './types'

// Whole-dataset work: reading a folder (the data folder or a backup) into the neutral shape
// migrations understand, and checking a dataset before it replaces the current one, either
// strictly (import: any problem refuses it) or by repairing (migration, restore).

export const MAX_NOTES_LENGTH = 2_000_000
export const MAX_NOTIFIED_KEYS = 20_000

export type ProcessRecords = Record<string, Process>
export type NotesRecords = Record<string, Record<string, string>>

export interface NormalizedDataset {
  settings: Settings
  processes: Process[]
  notesByProcess: NotesRecords
  notified: string[]
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function isNotesRecords(v: unknown): v is NotesRecords {
  if (!isPlainObject(v)) return false
  for (const byRound of Object.values(v)) {
    if (!isPlainObject(byRound)) return false
    for (const text of Object.values(byRound)) if (typeof text !== 'string') return false
  }
  return true
}

/** The stored schema version of a meta.json or db.json object; `fallback` when absent or not a version. */
export function storedVersion(meta: Record<string, unknown>, fallback: number): number {
  const v = meta.schemaVersion
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback
}

/** Reads a data folder or backup folder; damaged files are recovered (live) or refused (backup). */
export async function readDataset(dir: string, io: StoreIo, recover?: RecoveryContext): Promise<MigrationData> {
  const paths = dataPaths(dir)
  const load = async <T>(file: StoredFile<T>, format: 'pretty' | 'compact' | 'checksummed', valid: (d: T) => boolean) => {
    if (recover) return loadOrRecover(file, format, valid, 'the data in it', recover)
    const rel = path.relative(dir, file.file)
    try {
      const state = await file.load()
      if (state === 'ok' && !valid(file.data)) throw new DamagedFileError(rel, 'it is not in the expected format')
      return state
    } catch (e) {
      const why = e instanceof DamagedFileError ? e.reason : String(e)
      throw new StoreError('invalid', `That backup is damaged (${rel}: ${why}). Nothing was changed.`)
    }
  }
  const meta = new StoredFile<Record<string, unknown>>(paths.meta, {}, 'pretty', io)
  if ((await load(meta, 'pretty', isPlainObject)) === 'missing') {
    const legacy = new StoredFile<Record<string, unknown>>(paths.legacy, {}, 'pretty', io)
    await load(legacy, 'pretty', isPlainObject)
    const db = legacy.data
    return {
      schemaVersion: storedVersion(db, 0),
      settings: db.settings,
      processes: Array.isArray(db.processes) ? db.processes : [],
      notes: {},
      notified: Array.isArray(db.notified) ? db.notified : []
    }
  }
  const processes: unknown[] = []
  const notes: Record<string, string> = {}
  for (let i = 0; i < SHARD_COUNT; i++) {
    const shard = new StoredFile<Record<string, unknown>>(paths.processShard(i), {}, 'checksummed', io)
    await load(shard, 'checksummed', isPlainObject)
    processes.push(...Object.values(shard.data))
    const noteShard = new StoredFile<NotesRecords>(paths.notesShard(i), {}, 'compact', io)
    await load(noteShard, 'compact', isNotesRecords)
    for (const byRound of Object.values(noteShard.data)) Object.assign(notes, byRound)
  }
  return {
    schemaVersion: storedVersion(meta.data, CURRENT_SCHEMA_VERSION),
    settings: meta.data.settings,
    processes,
    notes,
    notified: Array.isArray(meta.data.notified) ? meta.data.notified : []
  }
}

export function repairSettings(value: unknown): { settings: Settings; fixes: string[] } {
  const whole = settingsSchema.safeParse(value)
  if (whole.success) return { settings: whole.data, fixes: [] }
  const input = isPlainObject(value) ? value : {}
  const out: Record<string, unknown> = {}
  const fixes: string[] = []
  for (const key of Object.keys(settingsSchema.shape) as Array<keyof Settings>) {
    const r = settingsSchema.shape[key].safeParse(input[key])
    out[key] = r.success ? r.data : structuredClone(DEFAULT_SETTINGS[key])
    if (!r.success) fixes.push(`setting "${key}" reset to its default`)
  }
  return { settings: out as Settings, fixes }
}

export function cleanNotified(value: unknown): string[] {
  const keys = Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []
  return keys.slice(-MAX_NOTIFIED_KEYS)
}

/** Import: every record must be valid as it is; the first problem refuses the whole file. */
export function checkStrict(data: MigrationData): NormalizedDataset {
  const settings = settingsSchema.safeParse(data.settings)
  if (!settings.success) throw new StoreError('invalid', `The file's settings are not valid (${zodMessage(settings.error)}). Nothing was changed.`)
  const processes: Process[] = []
  const seen = new Set<string>()
  data.processes.forEach((raw, i) => {
    const r = processSchema.safeParse(raw)
    if (!r.success) {
      const company = isPlainObject(raw) && typeof raw.company === 'string' ? ` (${raw.company.slice(0, 60)})` : ''
      throw new StoreError('invalid', `Interview ${i + 1}${company} in the file is not valid: ${zodMessage(r.error)}. Nothing was changed.`)
    }
    if (seen.has(r.data.id)) throw new StoreError('invalid', `Two interviews in the file share the id "${r.data.id}". Nothing was changed.`)
    seen.add(r.data.id)
    processes.push(r.data)
  })
  for (const [roundId, text] of Object.entries(data.notes ?? {})) {
    if (typeof text !== 'string') throw new StoreError('invalid', `The notes for round "${roundId}" are not text. Nothing was changed.`)
    if (text.length > MAX_NOTES_LENGTH) throw new StoreError('invalid', `The notes for round "${roundId}" are longer than ${MAX_NOTES_LENGTH.toLocaleString('en-US')} characters. Nothing was changed.`)
  }
  const { notesByProcess, orphans } = groupNotes(processes, data.notes)
  const orphan = Object.keys(orphans)[0]
  if (orphan !== undefined) throw new StoreError('invalid', `The file has notes for a round ("${orphan}") that no interview in it has. Nothing was changed.`)
  return { settings: settings.data, processes, notesByProcess, notified: cleanNotified(data.notified) }
}

/** Repairs raw process records; duplicates keep the newest. Everything changed or dropped is in `aside`. */
export function repairProcesses(raws: unknown[], nowIso: string, known: Process[] = []): { processes: Process[]; fixes: string[]; aside: unknown[] } {
  const byId = new Map<string, Process>()
  const fixes: string[] = []
  const aside: unknown[] = []
  const add = (p: Process) => {
    const other = byId.get(p.id)
    if (other) {
      aside.push(other.updatedAt > p.updatedAt ? p : other)
      fixes.push(`two copies of "${p.company}" were found; the newer one was kept`)
    }
    if (!other || p.updatedAt >= other.updatedAt) byId.set(p.id, p)
  }
  known.forEach(add)
  for (const raw of raws) {
    const r = repairValue(storedProcessSchema, raw, '', nowIso)
    if (!r.ok) {
      aside.push(raw)
      fixes.push(`an interview was set aside (${r.problem})`)
      continue
    }
    const p = r.value as Process
    if (r.fixes.length) {
      fixes.push(...r.fixes.map((f) => `${p.company}: ${f}`))
      aside.push(raw)
    }
    add(p)
  }
  return { processes: [...byId.values()], fixes, aside }
}

/** Writes the originals of repaired or dropped records to corrupt/ and tells the user. */
export async function reportRepairs(ctx: RecoveryContext, fixes: string[], aside: unknown[]): Promise<void> {
  if (!aside.length && !fixes.length) return
  const kept = await keepAside(ctx, 'repaired-records', aside)
  const list = `${fixes.slice(0, 5).join('; ')}${fixes.length > 5 ? ` and ${fixes.length - 5} more` : ''}`
  ctx.notices.push({
    kind: 'recovered',
    message: `Some records did not match what Afterview expects and were repaired with safe defaults or set aside: ${list}.${kept ? ` The originals are kept in ${path.relative(ctx.paths.dir, kept)}.` : ''}`
  })
}

/** Migration and restore: repair what can be repaired, keep the rest aside, tell the user. */
export async function checkRepairing(data: MigrationData, ctx: RecoveryContext): Promise<NormalizedDataset> {
  const { settings, fixes: settingFixes } = repairSettings(data.settings)
  const { processes, fixes, aside } = repairProcesses(data.processes, ctx.now().toISOString())
  const { notesByProcess, orphans } = groupNotes(processes, data.notes)
  if (Object.keys(orphans).length) {
    aside.push({ notesWithoutARound: orphans })
    fixes.push(`notes of ${Object.keys(orphans).length} round(s) that no interview has were set aside`)
  }
  await reportRepairs(ctx, [...settingFixes, ...fixes], aside)
  return { settings, processes, notesByProcess, notified: cleanNotified(data.notified) }
}

function groupNotes(processes: Process[], notes: Record<string, string>): { notesByProcess: NotesRecords; orphans: Record<string, string> } {
  const owners = new Map<string, string[]>()
  for (const p of processes) for (const r of p.rounds) owners.set(r.id, [...(owners.get(r.id) ?? []), p.id])
  const notesByProcess: NotesRecords = {}
  const orphans: Record<string, string> = {}
  for (const [roundId, text] of Object.entries(notes ?? {})) {
    if (typeof text !== 'string' || text === '') continue
    const ids = owners.get(roundId)
    if (!ids) orphans[roundId] = text
    for (const pid of ids ?? []) (notesByProcess[pid] ??= {})[roundId] = text.slice(0, MAX_NOTES_LENGTH)
  }
  return { notesByProcess, orphans }
}
