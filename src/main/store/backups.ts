import path from 'node:path'
import { localIsoDate } from '../../shared/dates'
import type { StoreIo } from './durable-io'
import { dataFileNames, type DataPaths } from './layout'
import type { BackupInfo } from './types'

// Rolling backups: each one is a folder of plain copies of the data files, named by time and
// reason so the list sorts newest-first by name. A backup is assembled in a hidden folder and
// renamed into place, so a crash never leaves a half backup in the list. Its files and folders
// are fsynced before that rename, and the rename before the backup counts as taken.

const ID_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z][a-z-]*)$/
const PARTIAL_PREFIX = '.partial-'

export function parseBackupId(id: string): { createdAt: string; reason: string } | null {
  const m = ID_PATTERN.exec(id)
  if (!m) return null
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6] }
}

function backupId(at: Date, reason: string): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}-${reason}`
}

async function folderSize(io: StoreIo, dir: string): Promise<number> {
  let total = 0
  const entries = await io.fs.readdir(dir).catch(() => [])
  for (const e of entries) {
    const p = path.join(dir, e.name)
    total += e.isDirectory ? await folderSize(io, p) : (await io.fs.stat(p)).size
  }
  return total
}

async function names(io: StoreIo, dir: string): Promise<string[]> {
  return (await io.fs.readdir(dir).catch(() => [])).map((e) => e.name)
}

export async function listBackups(paths: DataPaths, io: StoreIo): Promise<BackupInfo[]> {
  const out: BackupInfo[] = []
  for (const id of await names(io, paths.backupsDir)) {
    const parsed = parseBackupId(id)
    if (!parsed) continue
    out.push({ id, ...parsed, sizeBytes: await folderSize(io, path.join(paths.backupsDir, id)) })
  }
  return out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}

export async function createBackup(
  paths: DataPaths,
  reason: string,
  now: Date,
  keep: number,
  io: StoreIo
): Promise<BackupInfo> {
  await io.mkdirDurably(paths.backupsDir)
  let at = now
  while (await io.exists(path.join(paths.backupsDir, backupId(at, reason)))) at = new Date(at.getTime() + 1)
  const id = backupId(at, reason)
  const partial = path.join(paths.backupsDir, PARTIAL_PREFIX + id)
  try {
    await io.fs.mkdir(path.join(partial, 'processes'))
    await io.fs.mkdir(path.join(partial, 'notes'))
    const copies: Array<Promise<void>> = []
    for (const name of [...dataFileNames(), path.basename(paths.legacy)]) {
      copies.push(copyInto(io, path.join(paths.dir, name), path.join(partial, name)))
    }
    const copied = await Promise.allSettled(copies)
    const failed = copied.find((c): c is PromiseRejectedResult => c.status === 'rejected')
    if (failed) throw failed.reason
    // The hidden folder is complete on disk before it gets its listed name.
    await io.syncDirs([path.join(partial, 'processes'), path.join(partial, 'notes'), partial])
    await io.renameDurably(partial, path.join(paths.backupsDir, id))
  } catch (e) {
    await io.fs.rm(partial).catch(() => undefined)
    throw e
  }
  await pruneBackups(paths, keep, io)
  return { id, ...parseBackupId(id)!, sizeBytes: await folderSize(io, path.join(paths.backupsDir, id)) }
}

/** Copies one data file into a backup being assembled, fsynced; a missing file is skipped. */
async function copyInto(io: StoreIo, from: string, to: string): Promise<void> {
  let bytes: Buffer
  try {
    bytes = await io.fs.readFile(from)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return
    throw e
  }
  await io.beforeWrite(to)
  await io.writeSynced(to, bytes, 'wx')
}

/** Keeps the newest `keep` backups and clears leftovers of interrupted ones. */
export async function pruneBackups(paths: DataPaths, keep: number, io: StoreIo): Promise<void> {
  const all = await names(io, paths.backupsDir)
  const doomed = all.filter((n) => n.startsWith(PARTIAL_PREFIX))
  doomed.push(...all.filter((n) => parseBackupId(n)).sort().reverse().slice(Math.max(1, keep)))
  for (const name of doomed) await io.fs.rm(path.join(paths.backupsDir, name))
  if (doomed.length) await io.syncDirs([paths.backupsDir])
}

/** True when some backup was already taken on `now`'s local calendar day. */
export async function hasBackupOn(paths: DataPaths, now: Date, io: StoreIo): Promise<boolean> {
  const today = localIsoDate(now)
  return (await names(io, paths.backupsDir)).some((n) => {
    const parsed = parseBackupId(n)
    return parsed !== null && localIsoDate(new Date(parsed.createdAt)) === today
  })
}

export function backupDir(paths: DataPaths, id: string): string {
  if (!parseBackupId(id)) throw new Error(`Not a backup id: ${id}`)
  return path.join(paths.backupsDir, id)
}

/** Backups newest-first that hold `relName`, for restoring one damaged file. */
export async function backupsHolding(paths: DataPaths, relName: string, io: StoreIo): Promise<Array<{ info: BackupInfo; file: string }>> {
  const ids = (await names(io, paths.backupsDir)).filter((n) => parseBackupId(n)).sort().reverse()
  const out: Array<{ info: BackupInfo; file: string }> = []
  for (const id of ids) {
    const file = path.join(paths.backupsDir, id, relName)
    if (await io.exists(file)) out.push({ info: { id, ...parseBackupId(id)!, sizeBytes: 0 }, file })
  }
  return out
}
