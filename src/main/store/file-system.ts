import { link, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises'

// Every file operation of the store goes through this small interface, so a test can put a
// recording or in-memory layer under the store (the power-cut test replays what was synced).
// Errors carry Node's `code` ('ENOENT', 'EEXIST', ...) whatever the layer.

export interface StoreFileHandle {
  /** Writes at the current position (all of `data`). */
  writeFile(data: string | Uint8Array): Promise<void>
  /** Flushes this file's content to the disk (fsync). */
  sync(): Promise<void>
  close(): Promise<void>
}

export interface StoreDirEntry {
  name: string
  isDirectory: boolean
}

export interface StoreFs {
  readFile(file: string): Promise<Buffer>
  /** 'w' creates or truncates; 'wx' fails with EEXIST when the file exists. */
  open(file: string, flags: 'w' | 'wx'): Promise<StoreFileHandle>
  /** Replaces `to` if it exists (files) or moves a folder to a free name. */
  rename(from: string, to: string): Promise<void>
  /** A second name for a file; fails with EEXIST when `to` exists (an atomic exclusive create). */
  link(from: string, to: string): Promise<void>
  unlink(file: string): Promise<void>
  /** Creates the folder and any missing parents; no error when it exists. */
  mkdir(dir: string): Promise<void>
  /** Removes a file or a folder with everything in it; no error when it is missing. */
  rm(target: string): Promise<void>
  readdir(dir: string): Promise<StoreDirEntry[]>
  stat(target: string): Promise<{ size: number; isDirectory: boolean }>
  /** Makes the folder's entries (creates, renames, removals) durable (fsync on the folder). */
  syncDir(dir: string): Promise<void>
}

// Windows cannot open a folder to fsync it; NTFS journals its metadata instead.
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL'])

export const nodeFs: StoreFs = {
  readFile: (file) => readFile(file),
  open: (file, flags) => open(file, flags),
  rename: (from, to) => rename(from, to),
  link: (from, to) => link(from, to),
  unlink: (file) => unlink(file),
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true })
  },
  rm: (target) => rm(target, { recursive: true, force: true }),
  readdir: async (dir) => (await readdir(dir, { withFileTypes: true })).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })),
  stat: async (target) => {
    const s = await stat(target)
    return { size: s.size, isDirectory: s.isDirectory() }
  },
  syncDir: async (dir) => {
    let handle
    try {
      handle = await open(dir, 'r')
      await handle.sync()
    } catch (e) {
      if (!(process.platform === 'win32' && DIR_SYNC_UNSUPPORTED.has((e as NodeJS.ErrnoException).code ?? ''))) throw e
    } finally {
      await handle?.close()
    }
  }
}
