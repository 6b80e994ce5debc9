import path from 'node:path'
import { nodeFs, type StoreFs } from './file-system'
import { StoreError, type StoreFsHooks } from './types'

// Durable writes. A file is written to a temp file beside it, fsynced, renamed over the old
// one, and its folder fsynced, all before the write is acknowledged: after a power cut the file
// holds either the old or the new content, never nothing. Writes made while a group is open
// (the saves queued together) are held and then flushed at once: every file of the group is
// synced in parallel and each folder once, so a burst of saves pays for one flush.

export function ioError(e: unknown, file: string): StoreError {
  if (e instanceof StoreError) return e
  const code = (e as NodeJS.ErrnoException)?.code ?? ''
  const name = path.basename(file)
  if (code === 'ENOSPC') {
    return new StoreError('io', `The disk is full, so the change was not saved (${name}). Free some space and try again; nothing already saved was lost.`)
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoreError('io', `Afterview is not allowed to write to the data folder (${code} on ${name}). Nothing was changed.`)
  }
  const detail = e instanceof Error ? e.message : String(e)
  return new StoreError('io', `Could not save ${name}: ${detail}. Nothing was changed.`)
}

const TEMP_PATTERN = /\.tmp-\d+-\d+$/
let tempCounter = 0

/** Temp files left by a write that a crash interrupted; safe to delete when the store opens. */
export const isTempName = (name: string) => TEMP_PATTERN.test(name)

export interface FsyncStats {
  fsyncs: number
  fsyncMs: number
  flushes: number
}

interface HeldWrite {
  data: string
  /** Puts the in-memory state back when the flush fails, newest first. */
  undos: Array<() => void>
}

export class StoreIo {
  readonly stats: FsyncStats = { fsyncs: 0, fsyncMs: 0, flushes: 0 }
  private group: Map<string, HeldWrite> | null = null

  constructor(
    readonly fs: StoreFs = nodeFs,
    private readonly hooks?: StoreFsHooks
  ) {}

  /** Fault injection for tests (a full disk); runs before every write into the data folder. */
  async beforeWrite(file: string): Promise<void> {
    await this.hooks?.beforeWrite?.(file)
  }

  async exists(target: string): Promise<boolean> {
    return this.fs.stat(target).then(
      () => true,
      () => false
    )
  }

  /** The file's text, or null when there is no such file. */
  async readText(file: string): Promise<string | null> {
    try {
      return (await this.fs.readFile(file)).toString('utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  }

  /** Replaces `file` atomically and durably, or holds the write for the open group's flush. */
  async put(file: string, data: string, undo?: () => void): Promise<void> {
    if (this.group) {
      const held = this.group.get(file)
      if (held) held.data = data
      else this.group.set(file, { data, undos: [] })
      if (undo) this.group.get(file)!.undos.push(undo)
      return
    }
    await this.writeAll([{ file, data }])
  }

  /** Writes go to memory until flushGroup; only one group is open at a time. */
  beginGroup(): void {
    this.group ??= new Map()
  }

  /** Writes every held file durably; on failure undoes their in-memory changes and throws. */
  async flushGroup(): Promise<void> {
    const group = this.group
    this.group = null
    if (!group?.size) return
    const files = [...group].map(([file, held]) => ({ file, data: held.data }))
    try {
      await this.writeAll(files)
    } catch (e) {
      for (const held of [...group.values()].reverse()) for (const undo of [...held.undos].reverse()) undo()
      throw ioError(e, files[0].file)
    }
  }

  /** Temp + fsync for each file (in parallel), then the renames, then one fsync per folder. */
  async writeAll(files: Array<{ file: string; data: string | Uint8Array }>): Promise<void> {
    this.stats.flushes++
    const temps = files.map((f) => `${f.file}.tmp-${process.pid}-${++tempCounter}`)
    const written = await Promise.allSettled(files.map((f, i) => this.writeSynced(temps[i], f.data, 'w')))
    const failed = written.find((w): w is PromiseRejectedResult => w.status === 'rejected')
    if (failed) {
      await Promise.all(temps.map((t) => this.fs.unlink(t).catch(() => undefined)))
      throw failed.reason
    }
    for (let i = 0; i < files.length; i++) await this.fs.rename(temps[i], files[i].file)
    await this.syncDirs(files.map((f) => path.dirname(f.file)))
  }

  /** Writes and fsyncs one file in place: for files nobody reads before their folder is committed. */
  async writeSynced(file: string, data: string | Uint8Array, flags: 'w' | 'wx'): Promise<void> {
    const handle = await this.fs.open(file, flags)
    try {
      await handle.writeFile(data)
      await this.timed(() => handle.sync())
    } finally {
      await handle.close()
    }
  }

  /** Creates `file` only if it does not exist (EEXIST otherwise), with its content complete. */
  async createExclusive(file: string, data: string): Promise<void> {
    const temp = `${file}.tmp-${process.pid}-${++tempCounter}`
    try {
      await this.writeSynced(temp, data, 'wx')
      try {
        await this.fs.link(temp, file)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw e
        // A file system without hard links (FAT, some network drives): an exclusive open is
        // still exclusive; a crash before its fsync can leave it empty, which readers allow for.
        await this.writeSynced(file, data, 'wx')
      }
    } finally {
      await this.fs.unlink(temp).catch(() => undefined)
    }
    await this.syncDirs([path.dirname(file)])
  }

  async renameDurably(from: string, to: string): Promise<void> {
    await this.fs.rename(from, to)
    await this.syncDirs([path.dirname(to), path.dirname(from)])
  }

  async removeDurably(target: string): Promise<void> {
    await this.fs.rm(target)
    await this.syncDirs([path.dirname(target)])
  }

  /** Creates the folder (and missing parents) and makes each new entry durable in its parent. */
  async mkdirDurably(dir: string): Promise<void> {
    const missing: string[] = []
    for (let d = dir; d !== path.dirname(d) && !(await this.exists(d)); d = path.dirname(d)) missing.push(d)
    if (!missing.length) return
    await this.fs.mkdir(dir)
    await this.syncDirs(missing.map((d) => path.dirname(d)))
  }

  async syncDirs(dirs: string[]): Promise<void> {
    await Promise.all([...new Set(dirs)].map((d) => this.timed(() => this.fs.syncDir(d))))
  }

  private async timed(sync: () => Promise<void>): Promise<void> {
    const t = performance.now()
    try {
      await sync()
    } finally {
      this.stats.fsyncs++
      this.stats.fsyncMs += performance.now() - t
    }
  }
}
