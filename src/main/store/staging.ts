import path from 'node:path'
import type { StoreIo } from './durable-io'
import { StoredFile, type FileFormat } from './json-file'
import { moveAside, type RecoveryContext } from './recovery'

// Replacing the whole dataset (import, restore, migration) writes every new file into a staging
// folder first. Only when all of them are durably on disk is a COMMIT list written (atomically:
// temp, fsync, rename), and then each file is renamed into place. A failure while staging (a full
// disk) leaves the data untouched; a crash after COMMIT is finished on the next start, so the
// data is never half old, half new. A COMMIT that cannot be read was never completed: the
// staged files are dropped and the data stays as it was.

const STAGING = '.staging'
const COMMIT = 'COMMIT'

export interface StagedFile {
  /** Path relative to the data folder, with forward slashes. */
  rel: string
  format: FileFormat
  data: unknown
}

async function moveAll(io: StoreIo, dir: string, names: string[]): Promise<void> {
  const staging = path.join(dir, STAGING)
  const targets = new Set<string>()
  for (const rel of names) {
    const from = path.join(staging, rel)
    // Gone from staging: it was moved before an interruption.
    if (!(await io.exists(from))) continue
    const to = path.join(dir, rel)
    await io.mkdirDurably(path.dirname(to))
    await io.fs.rename(from, to)
    targets.add(path.dirname(to))
  }
  // Every move is durable before the staging folder (and its COMMIT) goes away.
  await io.syncDirs([...targets])
  await io.removeDurably(staging)
}

export async function stageAndSwap(dir: string, files: StagedFile[], io: StoreIo): Promise<void> {
  const staging = path.join(dir, STAGING)
  await io.removeDurably(staging)
  try {
    for (const sub of new Set(files.map((f) => path.dirname(f.rel)))) await io.mkdirDurably(path.join(staging, sub))
    const writes: Array<{ file: string; data: string }> = []
    for (const f of files) {
      const file = path.join(staging, f.rel)
      await io.beforeWrite(file)
      writes.push({ file, data: new StoredFile(file, f.data, f.format, io).serialize(f.data) })
    }
    await io.writeAll(writes)
    const commitFile = path.join(staging, COMMIT)
    await io.beforeWrite(commitFile)
    await io.writeAll([{ file: commitFile, data: JSON.stringify(files.map((f) => f.rel)) }])
  } catch (e) {
    await io.fs.rm(staging).catch(() => undefined)
    throw e
  }
  await moveAll(io, dir, files.map((f) => f.rel))
}

function commitList(text: string): string[] | null {
  try {
    const list: unknown = JSON.parse(text)
    return Array.isArray(list) && list.every((n) => typeof n === 'string') ? list : null
  } catch {
    return null
  }
}

/** On open: completes a swap that was committed but interrupted, or discards one that was not ('damaged': with a notice). */
export async function finishInterruptedSwap(ctx: RecoveryContext): Promise<'none' | 'finished' | 'discarded' | 'damaged'> {
  const { io } = ctx
  const staging = path.join(ctx.paths.dir, STAGING)
  const commitFile = path.join(staging, COMMIT)
  const text = await io.readText(commitFile).catch(() => null)
  const names = text === null ? null : commitList(text)
  if (names) {
    await moveAll(io, ctx.paths.dir, names.filter((n) => !n.includes('..')))
    return 'finished'
  }
  if (!(await io.exists(staging))) return 'none'
  const damaged = text !== null
  if (damaged) {
    // Written by an earlier version in place and cut short: keep it for inspection, like any
    // damaged file, and say so; nothing had been moved, since moving starts after COMMIT.
    const kept = path.relative(ctx.paths.dir, await moveAside(ctx, commitFile)).split(path.sep).join('/')
    ctx.notices.push({
      kind: 'recovered',
      message: `Afterview could not read ${STAGING}/${COMMIT} (${text.trim() ? 'it is damaged' : 'it is empty'}), so the interrupted replacement of your data (an import, restore or update) never took effect. Your data is as it was before; the damaged file was kept at ${kept}.`
    })
  }
  await io.removeDurably(staging)
  return damaged ? 'damaged' : 'discarded'
}
