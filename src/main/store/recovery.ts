import path from 'node:path'
import { backupsHolding } from './backups'
import type { StoreIo } from './durable-io'
import type { DataPaths } from './layout'
import { DamagedFileError, StoredFile, type FileFormat } from './json-file'
import type { StoreNotice } from './types'

// A file that cannot be read is never overwritten: it is moved into corrupt/ under a new name,
// the newest backup copy that reads cleanly takes its place, and the user is told both.

export interface RecoveryContext {
  paths: DataPaths
  /** Nothing on disk may change (another owner, or an unwritable folder). */
  readOnly: boolean
  now: () => Date
  io: StoreIo
  notices: StoreNotice[]
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-')
}

function relative(ctx: RecoveryContext, file: string): string {
  return path.relative(ctx.paths.dir, file).split(path.sep).join('/')
}

async function freeName(io: StoreIo, dir: string, base: string): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = path.join(dir, n === 0 ? `${base}.json` : `${base}-${n}.json`)
    if (!(await io.exists(candidate))) return candidate
  }
}

/** Moves a damaged file into corrupt/ (never replacing anything there); returns where it went. */
export async function moveAside(ctx: RecoveryContext, file: string): Promise<string> {
  await ctx.io.mkdirDurably(ctx.paths.corruptDir)
  const base = `${relative(ctx, file).replace(/\.json$/, '').replace(/[\\/]/g, '-')}-${stamp(ctx.now())}`
  const target = await freeName(ctx.io, ctx.paths.corruptDir, base)
  await ctx.io.beforeWrite(target)
  await ctx.io.renameDurably(file, target)
  return target
}

/** Keeps records that had to be repaired or could not be loaded, exactly as they were found. */
export async function keepAside(ctx: RecoveryContext, label: string, value: unknown): Promise<string | null> {
  if (ctx.readOnly) return null
  await ctx.io.mkdirDurably(ctx.paths.corruptDir)
  const target = await freeName(ctx.io, ctx.paths.corruptDir, `${label}-${stamp(ctx.now())}`)
  await ctx.io.beforeWrite(target)
  await ctx.io.createExclusive(target, JSON.stringify(value, null, 2))
  return target
}

function friendlyDate(iso: string): string {
  const d = new Date(iso)
  return `${d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' })} at ${d.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' })}`
}

/**
 * Loads `sf`; if it is damaged, moves it aside and puts the newest good backup copy in its place
 * (or starts it empty). `isValid` checks the shape beyond "parses". Returns false when missing.
 */
export async function loadOrRecover<T>(
  sf: StoredFile<T>,
  format: FileFormat,
  isValid: (data: T) => boolean,
  what: string,
  ctx: RecoveryContext
): Promise<'ok' | 'missing' | 'recovered'> {
  let reason: string
  try {
    const state = await sf.load()
    if (state === 'missing' || isValid(sf.data)) return state
    reason = 'it is not in the expected format'
  } catch (e) {
    if (!(e instanceof DamagedFileError)) throw e
    reason = e.reason
  }
  const rel = relative(ctx, sf.file)
  let keptAt = `${rel} (left in place: the folder is read-only here)`
  if (!ctx.readOnly) keptAt = relative(ctx, await moveAside(ctx, sf.file))

  for (const candidate of await backupsHolding(ctx.paths, rel, ctx.io)) {
    const copy = new StoredFile<T>(candidate.file, sf.data, format, ctx.io)
    const ok = await copy.load().then(
      (s) => s === 'ok' && isValid(copy.data),
      () => false
    )
    if (!ok) continue
    if (ctx.readOnly) sf.replaceInMemory(copy.data, copy.trusted)
    else {
      await sf.commit(copy.data)
      sf.trusted = copy.trusted
    }
    ctx.notices.push({
      kind: 'recovered',
      message: `Afterview could not read ${rel}: ${reason}. The damaged file was kept at ${keptAt}, and ${what} were restored from the backup of ${friendlyDate(candidate.info.createdAt)}. Changes made to them after that backup could not be recovered.`
    })
    return 'recovered'
  }
  sf.replaceInMemory(emptyLike(sf.data), false)
  ctx.notices.push({
    kind: 'recovered',
    message: `Afterview could not read ${rel}: ${reason}, and no backup had a good copy of it, so ${what} are missing for now. The damaged file was kept at ${keptAt}; nothing else was affected.`
  })
  return 'recovered'
}

function emptyLike<T>(data: T): T {
  return (Array.isArray(data) ? [] : {}) as T
}
