import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { StoredFile, type FileFormat } from './json-file'
import type { StoreFsHooks } from './types'

// Replacing the whole dataset (import, restore, migration) writes every new file into a staging
// folder first. Only when all of them are on disk is a COMMIT list written, and then each file is
// renamed into place. A failure while staging (a full disk) leaves the data untouched; a crash
// after COMMIT is finished on the next start, so the data is never half old, half new.

const STAGING = '.staging'
const COMMIT = 'COMMIT'

export interface StagedFile {
  /** Path relative to the data folder, with forward slashes. */
  rel: string
  format: FileFormat
  data: unknown
}

async function moveAll(dir: string, names: string[]): Promise<void> {
  const staging = path.join(dir, STAGING)
  for (const rel of names) {
    const from = path.join(staging, rel)
    // Gone from staging: it was moved before an interruption.
    if (!(await stat(from).then(() => true, () => false))) continue
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
    await rename(from, path.join(dir, rel))
  }
  await rm(staging, { recursive: true, force: true })
}

export async function stageAndSwap(dir: string, files: StagedFile[], hooks?: StoreFsHooks): Promise<void> {
  const staging = path.join(dir, STAGING)
  await rm(staging, { recursive: true, force: true })
  try {
    for (const sub of new Set(files.map((f) => path.dirname(f.rel)))) await mkdir(path.join(staging, sub), { recursive: true })
    // Every staged write must have settled before a failure cleans up, or a write still in
    // flight would land in the staging folder after it was removed.
    const writes = await Promise.allSettled(files.map((f) => new StoredFile(path.join(staging, f.rel), f.data, f.format, hooks).commit(f.data)))
    const failed = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected')
    if (failed) throw failed.reason
    const commitFile = path.join(staging, COMMIT)
    await hooks?.beforeWrite?.(commitFile)
    await writeFile(commitFile, JSON.stringify(files.map((f) => f.rel)))
  } catch (e) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    throw e
  }
  await moveAll(dir, files.map((f) => f.rel))
}

/** On open: completes a swap that was committed but interrupted, or discards one that was not. */
export async function finishInterruptedSwap(dir: string): Promise<'none' | 'finished' | 'discarded'> {
  const staging = path.join(dir, STAGING)
  let list: string
  try {
    list = await readFile(path.join(staging, COMMIT), 'utf8')
  } catch {
    const existed = await rm(staging, { recursive: true }).then(
      () => true,
      () => false
    )
    return existed ? 'discarded' : 'none'
  }
  const names = JSON.parse(list) as string[]
  await moveAll(dir, names.filter((n) => typeof n === 'string' && !n.includes('..')))
  return 'finished'
}
