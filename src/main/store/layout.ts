import path from 'node:path'

// Where everything lives inside the data folder. Processes and notes are split into shards by a
// stable hash of the process id, so one save rewrites one small file instead of the whole dataset.

export const SHARD_COUNT = 64

/** FNV-1a: stable across runs, platforms and Node versions (unlike anything seeded). */
export function shardOf(processId: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < processId.length; i++) {
    h ^= processId.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % SHARD_COUNT
}

const shardName = (i: number) => `${String(i).padStart(2, '0')}.json`

export interface DataPaths {
  dir: string
  meta: string
  lock: string
  /** The single-file layout of schema 0, kept only to migrate from. */
  legacy: string
  processesDir: string
  notesDir: string
  backupsDir: string
  corruptDir: string
  processShard(i: number): string
  notesShard(i: number): string
}

export function dataPaths(dir: string): DataPaths {
  const processesDir = path.join(dir, 'processes')
  const notesDir = path.join(dir, 'notes')
  return {
    dir,
    meta: path.join(dir, 'meta.json'),
    lock: path.join(dir, 'afterview.lock'),
    legacy: path.join(dir, 'db.json'),
    processesDir,
    notesDir,
    backupsDir: path.join(dir, 'backups'),
    corruptDir: path.join(dir, 'corrupt'),
    processShard: (i) => path.join(processesDir, shardName(i)),
    notesShard: (i) => path.join(notesDir, shardName(i))
  }
}

/** The data files a backup copies, relative to the data folder. */
export function dataFileNames(): string[] {
  const names = ['meta.json']
  for (let i = 0; i < SHARD_COUNT; i++) names.push(`processes/${shardName(i)}`, `notes/${shardName(i)}`)
  return names
}
