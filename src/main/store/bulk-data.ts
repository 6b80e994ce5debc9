import path from 'node:path'
import { DEFAULT_SETTINGS, type Process, type Settings } from '../../shared/model'
import { backupDir, createBackup, listBackups } from './backups'
import {
  checkRepairing,
  isNotesRecords,
  isPlainObject,
  readDataset,
  type NormalizedDataset,
  type NotesRecords,
  type ProcessRecords
} from './dataset'
import { ioError, StoredFile, type FileFormat } from './json-file'
import { shardOf, SHARD_COUNT, type DataPaths } from './layout'
import { CURRENT_SCHEMA_VERSION, migrate, type MigrationData } from './migrations'
import { loadOrRecover, type RecoveryContext } from './recovery'
import { checkImport, describeImport } from './import-check'
import { StoreError, type DataExport, type ImportPreview } from './types'
import { stageAndSwap } from './staging'
import { WriteQueue } from './write-queue'

// The store's state and its whole-dataset operations (notes, search, export, import, restore,
// migration writes). DataStore adds the per-record API on top.

export interface MetaFile {
  app: 'afterview'
  schemaVersion: number
  settings: Settings
  notified: string[]
}

export abstract class BulkData {
  protected readonly paths: DataPaths
  protected readonly now: () => Date
  /** Saves queued together share one flush; their in-memory changes are undone if it fails. */
  protected readonly queue = new WriteQueue({
    begin: () => {
      this.ctx.io.beginGroup()
      return this.captureState()
    },
    flush: async () => {
      await this.ctx.io.flushGroup()
      this.batchUndo = null
    }
  })
  /** Each interview's value before the running batch of saves first changed it (undefined: absent). */
  private batchUndo: Map<string, Process | undefined> | null = null
  protected readonly meta: StoredFile<MetaFile>
  protected readonly processShards: StoredFile<ProcessRecords>[]
  private readonly notesLoads: Array<Promise<StoredFile<NotesRecords>> | undefined> = []
  protected processes = new Map<string, Process>()
  protected settings: Settings = DEFAULT_SETTINGS
  protected notified = new Set<string>()
  /** processId -> roundId -> lowercased notes; built on the first search, kept current after. */
  private searchIndex: Map<string, Map<string, string>> | null = null

  constructor(
    protected readonly ctx: RecoveryContext,
    protected readonly backupsToKeep: number
  ) {
    this.paths = ctx.paths
    this.now = ctx.now
    const emptyMeta = { app: 'afterview', schemaVersion: CURRENT_SCHEMA_VERSION, settings: DEFAULT_SETTINGS, notified: [] } as MetaFile
    this.meta = new StoredFile<MetaFile>(this.paths.meta, emptyMeta, 'pretty', ctx.io)
    this.processShards = Array.from({ length: SHARD_COUNT }, (_, i) => new StoredFile<ProcessRecords>(this.paths.processShard(i), {}, 'checksummed', ctx.io))
  }

  protected abstract assertWritable(): void

  /** The state a batch of saves may change, to put back when its flush fails (files undo themselves). */
  private captureState(): () => void {
    const { settings, notified } = this
    // A journal of the interviews the batch touches, not a copy of them all: saves stay cheap.
    const journal = new Map<string, Process | undefined>()
    this.batchUndo = journal
    return () => {
      for (const [id, p] of journal) {
        if (p) this.processes.set(id, p)
        else this.processes.delete(id)
      }
      this.batchUndo = null
      this.settings = settings
      this.notified = notified
      // Updated in place by notes saves: rebuilt from the files on the next search.
      this.searchIndex = null
    }
  }

  protected metaFile(patch: Partial<MetaFile>): MetaFile {
    return { app: 'afterview', schemaVersion: CURRENT_SCHEMA_VERSION, settings: this.settings, notified: [...this.notified], ...patch }
  }

  /** Call before changing `processes[id]` in a save, so a failed flush can put it back. */
  protected rememberProcess(id: string): void {
    if (this.batchUndo && !this.batchUndo.has(id)) this.batchUndo.set(id, this.processes.get(id))
  }

  // ---- notes ------------------------------------------------------------------------------

  protected notesShard(i: number): Promise<StoredFile<NotesRecords>> {
    let load = this.notesLoads[i]
    if (!load) {
      const file = new StoredFile<NotesRecords>(this.paths.notesShard(i), {}, 'compact', this.ctx.io)
      load = loadOrRecover(file, 'compact', isNotesRecords, 'the notes stored in it', this.ctx).then(() => file)
      // A failed read (not damage: e.g. a permission error) may succeed on the next try.
      load.catch(() => (this.notesLoads[i] = undefined))
      this.notesLoads[i] = load
    }
    return load
  }

  protected async putNotes(processId: string, roundId: string, text: string): Promise<void> {
    const shard = await this.notesShard(shardOf(processId))
    const current = shard.data[processId] ?? {}
    if ((current[roundId] ?? '') === text) return
    const byRound = { ...current, [roundId]: text }
    if (text === '') delete byRound[roundId]
    const records = { ...shard.data, [processId]: byRound }
    if (!Object.keys(byRound).length) delete records[processId]
    await shard.commit(records)
    const indexed = this.searchIndex?.get(processId)
    if (this.searchIndex && text === '') indexed?.delete(roundId)
    else if (this.searchIndex) {
      if (indexed) indexed.set(roundId, text.toLowerCase())
      else this.searchIndex.set(processId, new Map([[roundId, text.toLowerCase()]]))
    }
  }

  protected async dropNotesOf(processId: string): Promise<void> {
    this.searchIndex?.delete(processId)
    const shard = await this.notesShard(shardOf(processId))
    if (!(processId in shard.data)) return
    const records = { ...shard.data }
    delete records[processId]
    await shard.commit(records)
  }

  async searchNotes(query: string): Promise<string[]> {
    const needle = typeof query === 'string' ? query.trim().toLowerCase() : ''
    if (!needle) return []
    if (!this.searchIndex) {
      const index = new Map<string, Map<string, string>>()
      for (const shard of await Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => this.notesShard(i)))) {
        for (const [pid, byRound] of Object.entries(shard.data)) {
          index.set(pid, new Map(Object.entries(byRound).map(([rid, text]) => [rid, text.toLowerCase()])))
        }
      }
      this.searchIndex ??= index
    }
    const hits: string[] = []
    for (const [pid, byRound] of this.searchIndex) {
      if (!this.processes.has(pid)) continue
      for (const text of byRound.values()) {
        if (text.includes(needle)) {
          hits.push(pid)
          break
        }
      }
    }
    return hits
  }

  // ---- whole dataset ------------------------------------------------------------------------

  protected async exportData(): Promise<DataExport> {
    const notes: Record<string, string> = {}
    for (const p of this.processes.values()) {
      const byRound = (await this.notesShard(shardOf(p.id))).data[p.id]
      if (!byRound) continue
      for (const r of p.rounds) if (byRound[r.id]) notes[r.id] = byRound[r.id]
    }
    return {
      app: 'afterview',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: this.now().toISOString(),
      settings: structuredClone(this.settings),
      processes: structuredClone([...this.processes.values()]),
      notes
    }
  }

  protected async importData(data: DataExport): Promise<void> {
    const ds = checkImport(data)
    ds.notified = [...this.notified]
    await this.queue.run(async () => {
      await this.backupBefore('pre-import')
      await this.replaceEverything(ds)
    })
  }

  async previewImport(data: DataExport): Promise<ImportPreview> {
    return describeImport(await this.exportData(), checkImport(data))
  }

  protected async restoreFrom(id: string): Promise<void> {
    const known = (await listBackups(this.paths, this.ctx.io)).some((b) => b.id === id)
    if (!known) throw new StoreError('not-found', `There is no backup called "${String(id).slice(0, 80)}".`)
    await this.queue.run(async () => {
      // Read first: taking the pre-restore backup may rotate the chosen one out.
      const data = await readDataset(backupDir(this.paths, id), this.ctx.io)
      if (data.schemaVersion > CURRENT_SCHEMA_VERSION) {
        throw new StoreError('newer-version', `That backup was written by a newer version of Afterview (schema ${data.schemaVersion}). Nothing was changed.`)
      }
      const ds = await this.normalizeMigrated(data)
      await this.backupBefore('pre-restore')
      await this.replaceEverything(ds)
    })
  }

  private async backupBefore(reason: string): Promise<void> {
    try {
      await createBackup(this.paths, reason, this.now(), this.backupsToKeep, this.ctx.io)
    } catch (e) {
      throw new StoreError('io', `Afterview could not back up your current data first (${String((e as Error).message ?? e)}), so nothing was changed.`)
    }
  }

  protected readLiveDataset(): Promise<MigrationData> {
    return readDataset(this.paths.dir, this.ctx.io, this.ctx)
  }

  protected normalizeMigrated(data: MigrationData): Promise<NormalizedDataset> {
    return checkRepairing(migrate(data), this.ctx)
  }

  /** Writes every shard and the meta file; on a failed write puts back what it can and throws. */
  protected async replaceEverything(ds: NormalizedDataset): Promise<void> {
    const processRecords: ProcessRecords[] = Array.from({ length: SHARD_COUNT }, () => ({}))
    const notesRecords: NotesRecords[] = Array.from({ length: SHARD_COUNT }, () => ({}))
    for (const p of ds.processes) processRecords[shardOf(p.id)][p.id] = p
    for (const [pid, byRound] of Object.entries(ds.notesByProcess)) notesRecords[shardOf(pid)][pid] = byRound
    const notesFiles = await Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => this.notesShard(i)))
    const meta: MetaFile = { app: 'afterview', schemaVersion: CURRENT_SCHEMA_VERSION, settings: ds.settings, notified: ds.notified }
    const plan: Array<{ file: StoredFile<unknown>; format: FileFormat; data: unknown }> = [
      ...this.processShards.map((file, i) => ({ file: file as StoredFile<unknown>, format: 'checksummed' as const, data: processRecords[i] })),
      ...notesFiles.map((file, i) => ({ file: file as StoredFile<unknown>, format: 'compact' as const, data: notesRecords[i] })),
      { file: this.meta as StoredFile<unknown>, format: 'pretty' as const, data: meta }
    ]
    // An empty shard that has no file needs none: a missing shard reads as empty.
    const toWrite = plan.filter((p) => p.file.onDisk || !isPlainObject(p.data) || Object.keys(p.data).length > 0)
    if (!this.ctx.readOnly) {
      const rel = (file: string) => path.relative(this.paths.dir, file).split(path.sep).join('/')
      try {
        await stageAndSwap(this.paths.dir, toWrite.map((p) => ({ rel: rel(p.file.file), format: p.format, data: p.data })), this.ctx.io)
      } catch (e) {
        throw ioError(e, this.paths.dir)
      }
    }
    for (const p of plan) p.file.replaceInMemory(p.data, true)
    if (!this.ctx.readOnly) for (const p of toWrite) p.file.onDisk = true
    this.processes = new Map(ds.processes.map((p) => [p.id, p]))
    this.settings = ds.settings
    this.notified = new Set(ds.notified)
    this.searchIndex = null
  }
}
