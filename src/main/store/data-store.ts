import path from 'node:path'
import { idSchema, settingsSchema, type Process, type Settings } from '../../shared/model'
import { createBackup, hasBackupOn, listBackups } from './backups'
import { BulkData, type MetaFile } from './bulk-data'
import { cleanNotified, isPlainObject, MAX_NOTES_LENGTH, repairSettings, reportRepairs, storedVersion } from './dataset'
import { isTempName, StoreIo } from './durable-io'
import { dataPaths, shardOf, type DataPaths } from './layout'
import { loadProcessShards, shardRecords } from './loader'
import { acquireLock } from './lock-file'
import { finishInterruptedSwap } from './staging'
import { CURRENT_SCHEMA_VERSION } from './migrations'
import { loadOrRecover, type RecoveryContext } from './recovery'
import { zodMessage } from './repair'
import { newerVersion, notFound, validProcess } from './store-errors'
import { StoreError, type BackupInfo, type DataExport, type Store, type StoreNotice, type StoreOptions } from './types'

export { CURRENT_SCHEMA_VERSION } from './migrations'

// The main-process store: everything the board needs lives in memory, loaded from sharded
// lowdb files at start-up; notes are read per shard on demand. Every change goes through one
// queue, is validated, is written to disk first and only then becomes visible in memory.

/** Data folders open in this process: a second open of the same folder is a bug, not a second app. */
const openDirs = new Set<string>()

export function resolveDataDir(defaultDir: string): string {
  const override = process.env.AFTERVIEW_DATA_DIR?.trim()
  return override ? path.resolve(override) : defaultDir
}

export async function openStore(opts: StoreOptions): Promise<Store> {
  const dir = path.resolve(opts.dir)
  if (openDirs.has(dir)) throw new StoreError('locked', `The data folder ${dir} is already open in this app.`)
  const now = opts.now ?? (() => new Date())
  const io = new StoreIo(opts.fs, opts.fsHooks)
  try {
    await io.mkdirDurably(dir)
  } catch (e) {
    throw new StoreError('io', `Afterview cannot create its data folder at ${dir} (${(e as NodeJS.ErrnoException).code ?? String(e)}). Choose another folder.`)
  }
  const paths = dataPaths(dir)
  const lock = await acquireLock(paths.lock, now(), io)
  const notices: StoreNotice[] = []
  let readOnlyMessage: string | null = null
  if (!lock.owned && lock.reason === 'held') {
    readOnlyMessage = `Another Afterview window or program owns this data folder (pid ${lock.holder.pid}). Close it to make changes here.`
  } else if (!lock.owned) {
    readOnlyMessage = `Afterview is not allowed to write to the data folder ${dir} (${lock.code}). Your data is shown read-only; fix the folder's permissions or choose another folder to make changes.`
  }
  if (readOnlyMessage) notices.push({ kind: 'read-only', message: readOnlyMessage })
  openDirs.add(dir)
  const store = new DataStore(paths, opts, io, now, notices, readOnlyMessage, lock.owned ? lock.release : async () => undefined)
  try {
    await store.load()
  } catch (e) {
    openDirs.delete(dir)
    if (lock.owned) await lock.release()
    throw e
  }
  store.scheduleDailyBackup()
  return store
}

class DataStore extends BulkData implements Store {
  private closed = false

  constructor(
    paths: DataPaths,
    opts: StoreOptions,
    io: StoreIo,
    now: () => Date,
    readonly notices: StoreNotice[],
    private readonly readOnlyMessage: string | null,
    private readonly releaseLock: () => Promise<void>
  ) {
    const ctx: RecoveryContext = { paths, readOnly: readOnlyMessage !== null, now, io, notices }
    super(ctx, opts.backupsToKeep ?? 7)
  }

  get dir(): string {
    return this.paths.dir
  }

  get readOnly(): boolean {
    return this.readOnlyMessage !== null
  }

  async load(): Promise<void> {
    const { paths } = this
    if (!this.readOnly) {
      // First, because an interrupted swap may be what holds the current meta.json.
      const swap = await finishInterruptedSwap(this.ctx)
      if (swap === 'finished') this.notices.push({ kind: 'recovered', message: 'Afterview was closed in the middle of replacing your data (an import, restore or update). It has now finished that change.' })
      if (swap === 'discarded') this.notices.push({ kind: 'recovered', message: 'Afterview was closed while preparing to replace your data (an import, restore or update). Nothing had been replaced yet, so your data is as it was before.' })
    }
    const metaState = await loadOrRecover(this.meta, 'pretty', isPlainObject, 'your settings', this.ctx)
    if (metaState === 'missing' && (await this.ctx.io.exists(paths.legacy))) return this.migrateOnOpen()
    const raw = this.meta.data as unknown as Record<string, unknown>
    const version = metaState === 'missing' ? CURRENT_SCHEMA_VERSION : storedVersion(raw, CURRENT_SCHEMA_VERSION)
    if (version > CURRENT_SCHEMA_VERSION) throw newerVersion(version)
    if (version < CURRENT_SCHEMA_VERSION) return this.migrateOnOpen()
    await this.ensureFolders()
    await this.loadMeta(metaState === 'missing')
    const { processes, dirty } = await loadProcessShards(this.processShards, this.ctx)
    this.processes = processes
    for (const [i, records] of shardRecords(processes, dirty)) {
      if (this.readOnly) this.processShards[i].replaceInMemory(records)
      else await this.processShards[i].commit(records)
    }
  }

  /** Only once the version is known to be ours: a newer version's folder is not touched. */
  private async ensureFolders(): Promise<void> {
    if (this.readOnly) return
    await this.ctx.io.mkdirDurably(this.paths.processesDir)
    await this.ctx.io.mkdirDurably(this.paths.notesDir)
    await this.removeLeftoverTemps()
  }

  /** Temp files of writes a crash cut short: never renamed into place, so never part of the data. */
  private async removeLeftoverTemps(): Promise<void> {
    const { fs } = this.ctx.io
    for (const dir of [this.paths.dir, this.paths.processesDir, this.paths.notesDir]) {
      for (const e of await fs.readdir(dir).catch(() => [])) {
        if (!e.isDirectory && isTempName(e.name)) await fs.unlink(path.join(dir, e.name)).catch(() => undefined)
      }
    }
  }

  private async loadMeta(missing: boolean): Promise<void> {
    const raw = this.meta.data as unknown as Record<string, unknown>
    const { settings, fixes } = repairSettings(raw.settings)
    this.settings = settings
    this.notified = new Set(cleanNotified(raw.notified))
    const shardFiles = await this.ctx.io.fs.readdir(this.paths.processesDir).catch(() => [])
    if (missing && shardFiles.some((f) => f.name.endsWith('.json'))) {
      fixes.push('meta.json (your settings) was missing, so settings are back to their defaults')
    }
    if (!fixes.length && !missing) return
    if (fixes.length) await reportRepairs(this.ctx, fixes, missing ? [] : [raw])
    if (!this.readOnly) await this.meta.commit(this.metaFile({}))
  }

  private async migrateOnOpen(): Promise<void> {
    const data = await this.readLiveDataset()
    if (data.schemaVersion > CURRENT_SCHEMA_VERSION) throw newerVersion(data.schemaVersion)
    let backup: BackupInfo | null = null
    if (!this.readOnly) {
      try {
        backup = await createBackup(this.paths, 'pre-migration', this.now(), this.backupsToKeep, this.ctx.io)
      } catch (e) {
        throw new StoreError('io', `Afterview could not back up your data before updating it (${String((e as Error).message ?? e)}), so nothing was changed. Check the disk and try again.`)
      }
    }
    await this.ensureFolders()
    const ds = await this.normalizeMigrated(data)
    await this.replaceEverything(ds)
    if (!this.readOnly) await this.ctx.io.removeDurably(this.paths.legacy)
    this.notices.push({
      kind: 'migrated',
      message: `Your data was updated from an earlier version of Afterview (schema ${data.schemaVersion} to ${CURRENT_SCHEMA_VERSION}).${backup ? ` A copy of it as it was is kept in backups/${backup.id}.` : ' (Read-only: the files were left as they were.)'}`
    })
  }

  scheduleDailyBackup(): void {
    if (this.readOnly) return
    void this.queue.run(async () => {
      try {
        if (await hasBackupOn(this.paths, this.now(), this.ctx.io)) return
        await createBackup(this.paths, 'daily', this.now(), this.backupsToKeep, this.ctx.io)
      } catch (e) {
        this.notices.push({ kind: 'backup-failed', message: `Today's backup could not be made (${String((e as Error).message ?? e)}). Your data is fine; Afterview will try again next time it starts.` })
      }
    })
  }

  // ---- processes ------------------------------------------------------------------------

  listProcesses(): Process[] {
    return [...this.processes.values()]
  }

  getProcess(id: string): Process | undefined {
    return this.processes.get(id)
  }

  createProcess(p: Process): Promise<Process> {
    return this.write(async () => {
      const nowIso = this.now().toISOString()
      const candidate = isPlainObject(p) ? { ...p, createdAt: p.createdAt || nowIso, updatedAt: nowIso } : p
      const next = validProcess(candidate)
      if (this.processes.has(next.id)) throw new StoreError('invalid', `An interview with the id "${next.id}" already exists.`)
      await this.putProcess(next)
      return next
    })
  }

  updateProcess(id: string, change: (draft: Process) => Process | void): Promise<Process> {
    return this.write(async () => {
      const current = this.processes.get(id)
      if (!current) throw notFound(id)
      const draft = structuredClone(current)
      const returned = change(draft)
      const changed = returned === undefined ? draft : returned
      const next = validProcess(isPlainObject(changed) ? { ...changed, updatedAt: this.now().toISOString() } : changed)
      if (next.id !== id) throw new StoreError('invalid', 'An interview’s id cannot be changed.')
      await this.putProcess(next)
      return next
    })
  }

  deleteProcess(id: string): Promise<void> {
    return this.write(async () => {
      if (!this.processes.has(id)) throw notFound(id)
      const shard = this.processShards[shardOf(id)]
      const records = { ...shard.data }
      delete records[id]
      await shard.commit(records)
      this.rememberProcess(id)
      this.processes.delete(id)
      // Leftover notes of a deleted interview are harmless (nothing can reach them), so a
      // failure here must not undo the deletion the user asked for.
      await this.dropNotesOf(id).catch(() => undefined)
    })
  }

  private async putProcess(p: Process): Promise<void> {
    const shard = this.processShards[shardOf(p.id)]
    await shard.commit({ ...shard.data, [p.id]: p })
    this.rememberProcess(p.id)
    this.processes.set(p.id, p)
  }

  // ---- notes ------------------------------------------------------------------------------

  async getNotes(processId: string, roundId: string): Promise<string> {
    if (!this.processes.has(processId)) throw notFound(processId)
    const shard = await this.notesShard(shardOf(processId))
    return shard.data[processId]?.[roundId] ?? ''
  }

  saveNotes(processId: string, roundId: string, text: string): Promise<void> {
    return this.write(async () => {
      if (typeof text !== 'string') throw new StoreError('invalid', 'Notes must be text.')
      if (text.length > MAX_NOTES_LENGTH) {
        throw new StoreError('invalid', `These notes are too long to save (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_NOTES_LENGTH.toLocaleString('en-US')}). Nothing was changed.`)
      }
      if (!idSchema.safeParse(roundId).success) throw new StoreError('invalid', 'Not a valid round id.')
      if (!this.processes.has(processId)) throw notFound(processId)
      await this.putNotes(processId, roundId, text)
    })
  }

  // ---- settings and reminders -------------------------------------------------------------

  getSettings(): Settings {
    return this.settings
  }

  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.write(async () => {
      if (!isPlainObject(patch)) throw new StoreError('invalid', 'Settings must be an object.')
      const r = settingsSchema.safeParse({ ...this.settings, ...patch })
      if (!r.success) throw new StoreError('invalid', `Those settings are not valid: ${zodMessage(r.error)}.`)
      await this.meta.commit(this.metaFile({ settings: r.data }))
      this.settings = r.data
      return r.data
    })
  }

  getNotified(): ReadonlySet<string> {
    return this.notified
  }

  addNotified(keys: string[]): Promise<void> {
    return this.write(async () => {
      const fresh = (Array.isArray(keys) ? keys : []).filter((k) => typeof k === 'string' && !this.notified.has(k))
      if (!fresh.length) return
      const notified = cleanNotified([...this.notified, ...fresh])
      await this.meta.commit(this.metaFile({ notified }))
      this.notified = new Set(notified)
    })
  }

  // ---- whole data ---------------------------------------------------------------------------

  exportAll(): Promise<DataExport> {
    return this.exportData()
  }

  async importAll(data: DataExport): Promise<void> {
    this.assertWritable()
    return this.importData(data)
  }

  /** Queued, so a backup being taken (the day's first, at start-up) is already in the list. */
  listBackups(): Promise<BackupInfo[]> {
    return this.queue.run(() => listBackups(this.paths, this.ctx.io))
  }

  async restoreBackup(id: string): Promise<void> {
    this.assertWritable()
    return this.restoreFrom(id)
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.queue.idle()
    openDirs.delete(this.paths.dir)
    await this.releaseLock()
  }

  protected assertWritable(): void {
    if (this.closed) throw new StoreError('io', 'The data store is closed.')
    if (this.readOnlyMessage) throw new StoreError('read-only', this.readOnlyMessage)
  }

  private write<T>(task: () => Promise<T>): Promise<T> {
    try {
      this.assertWritable()
    } catch (e) {
      return Promise.reject(e)
    }
    return this.queue.runGrouped(task)
  }
}

export type { MetaFile }

