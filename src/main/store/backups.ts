import { constants } from 'node:fs'
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { localIsoDate } from '../../shared/dates'
import { dataFileNames, type DataPaths } from './layout'
import type { BackupInfo, StoreFsHooks } from './types'

// Rolling backups: each one is a folder of plain copies of the data files, named by time and
// reason so the list sorts newest-first by name. A backup is assembled in a hidden folder and
// renamed into place, so a crash never leaves a half backup in the list.

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

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false
  )
}

async function folderSize(dir: string): Promise<number> {
  let total = 0
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const e of entries) {
    const p = path.join(dir, e.name)
    total += e.isDirectory() ? await folderSize(p) : (await stat(p)).size
  }
  return total
}

export async function listBackups(paths: DataPaths): Promise<BackupInfo[]> {
  const names = await readdir(paths.backupsDir).catch(() => [] as string[])
  const out: BackupInfo[] = []
  for (const id of names) {
    const parsed = parseBackupId(id)
    if (!parsed) continue
    out.push({ id, ...parsed, sizeBytes: await folderSize(path.join(paths.backupsDir, id)) })
  }
  return out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}

export async function createBackup(
  paths: DataPaths,
  reason: string,
  now: Date,
  keep: number,
  hooks?: StoreFsHooks
): Promise<BackupInfo> {
  await mkdir(paths.backupsDir, { recursive: true })
  let at = now
  while (await exists(path.join(paths.backupsDir, backupId(at, reason)))) at = new Date(at.getTime() + 1)
  const id = backupId(at, reason)
  const partial = path.join(paths.backupsDir, PARTIAL_PREFIX + id)
  try {
    await mkdir(path.join(partial, 'processes'), { recursive: true })
    await mkdir(path.join(partial, 'notes'), { recursive: true })
    for (const name of [...dataFileNames(), path.basename(paths.legacy)]) {
      const from = path.join(paths.dir, name)
      if (!(await exists(from))) continue
      const to = path.join(partial, name)
      await hooks?.beforeWrite?.(to)
      await copyFile(from, to, constants.COPYFILE_FICLONE)
    }
    await rename(partial, path.join(paths.backupsDir, id))
  } catch (e) {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined)
    throw e
  }
  await pruneBackups(paths, keep)
  return { id, ...parseBackupId(id)!, sizeBytes: await folderSize(path.join(paths.backupsDir, id)) }
}

/** Keeps the newest `keep` backups and clears leftovers of interrupted ones. */
export async function pruneBackups(paths: DataPaths, keep: number): Promise<void> {
  const names = await readdir(paths.backupsDir).catch(() => [] as string[])
  for (const name of names) {
    if (name.startsWith(PARTIAL_PREFIX)) await rm(path.join(paths.backupsDir, name), { recursive: true, force: true })
  }
  const backups = names.filter((n) => parseBackupId(n)).sort().reverse()
  for (const id of backups.slice(Math.max(1, keep))) {
    await rm(path.join(paths.backupsDir, id), { recursive: true, force: true })
  }
}

/** True when some backup was already taken on `now`'s local calendar day. */
export async function hasBackupOn(paths: DataPaths, now: Date): Promise<boolean> {
  const today = localIsoDate(now)
  const names = await readdir(paths.backupsDir).catch(() => [] as string[])
  return names.some((n) => {
    const parsed = parseBackupId(n)
    return parsed !== null && localIsoDate(new Date(parsed.createdAt)) === today
  })
}

export function backupDir(paths: DataPaths, id: string): string {
  if (!parseBackupId(id)) throw new Error(`Not a backup id: ${id}`)
  return path.join(paths.backupsDir, id)
}

/** Backups newest-first that hold `relName`, for restoring one damaged file. */
export async function backupsHolding(paths: DataPaths, relName: string): Promise<Array<{ info: BackupInfo; file: string }>> {
  const names = (await readdir(paths.backupsDir).catch(() => [] as string[])).filter((n) => parseBackupId(n)).sort().reverse()
  const out: Array<{ info: BackupInfo; file: string }> = []
  for (const id of names) {
    const file = path.join(paths.backupsDir, id, relName)
    if (await exists(file)) out.push({ info: { id, ...parseBackupId(id)!, sizeBytes: 0 }, file })
  }
  return out
}
