import type { Process, Settings } from '../../shared/model'
import type { StoreFs } from './file-system'
import type { ImportPreview } from '../../shared/ipc/contract'

// The storage API the rest of the main process is written against. The implementation
// (data-store.ts) owns the files, the lock, migrations, backups and recovery.

export type StoreErrorCode = 'not-found' | 'read-only' | 'newer-version' | 'invalid' | 'io' | 'locked'

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'StoreError'
  }
}

export interface StoreNotice {
  kind: 'recovered' | 'read-only' | 'migrated' | 'backup-failed'
  message: string
}

export interface BackupInfo {
  id: string
  createdAt: string
  reason: string
  sizeBytes: number
}

/** Everything the user has, as one JSON document (export/import and the migration fixtures). */
export interface DataExport {
  app: 'afterview'
  schemaVersion: number
  exportedAt: string
  settings: Settings
  processes: Process[]
  /** roundId -> notes text */
  notes: Record<string, string>
}

/** What importing a file would change, shown to the user before they confirm. */
export type { ImportPreview }

export interface StoreOptions {
  dir: string
  backupsToKeep?: number
  now?: () => Date
  /** Fault injection for tests (a full disk, a read-only folder); never set in the app. */
  fsHooks?: StoreFsHooks
  /** The file layer under the store; node:fs/promises unless a test records or simulates the disk. */
  fs?: StoreFs
}

export interface StoreFsHooks {
  /** Runs before every write into the data folder (data files, lock, backups); throw to fail it. */
  beforeWrite?: (file: string) => void | Promise<void>
}

export interface Store {
  readonly dir: string
  readonly readOnly: boolean
  readonly notices: StoreNotice[]
  /** The store's own objects (not copies, for speed): read them, change them only through updateProcess. */
  listProcesses(): Process[]
  getProcess(id: string): Process | undefined
  createProcess(p: Process): Promise<Process>
  /** Serialized with every other write; the callback gets a deep copy to change or replace. */
  updateProcess(id: string, change: (draft: Process) => Process | void): Promise<Process>
  deleteProcess(id: string): Promise<void>
  getNotes(processId: string, roundId: string): Promise<string>
  saveNotes(processId: string, roundId: string, text: string): Promise<void>
  /** Ids of processes whose notes contain the query, case-insensitively. */
  searchNotes(query: string): Promise<string[]>
  getSettings(): Settings
  updateSettings(patch: Partial<Settings>): Promise<Settings>
  /** Keys of reminders already shown, so a step notifies once across restarts. */
  getNotified(): ReadonlySet<string>
  addNotified(keys: string[]): Promise<void>
  exportAll(): Promise<DataExport>
  importAll(data: DataExport): Promise<void>
  /** Validates like importAll (same errors) and says what it would change; changes nothing. */
  previewImport(data: DataExport): Promise<ImportPreview>
  listBackups(): Promise<BackupInfo[]>
  restoreBackup(id: string): Promise<void>
  close(): Promise<void>
}
