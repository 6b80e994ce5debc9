import type { Process } from '../../shared/model'
import { isPlainObject, repairProcesses, reportRepairs, type ProcessRecords } from './dataset'
import type { StoredFile } from './json-file'
import { shardOf, SHARD_COUNT } from './layout'
import { loadOrRecover, type RecoveryContext } from './recovery'

// Start-up loading of the process shards. Shards whose checksum matches were written by
// Afterview and are taken as they are; any other shard (hand-edited, restored from an old
// backup) is validated record by record and repaired, then rewritten with a fresh checksum.

export interface LoadedProcesses {
  processes: Map<string, Process>
  /** Shards whose file no longer matches memory (repaired or moved records): rewrite them. */
  dirty: Set<number>
}

export async function loadProcessShards(files: StoredFile<ProcessRecords>[], ctx: RecoveryContext): Promise<LoadedProcesses> {
  await Promise.all(files.map((f) => loadOrRecover(f, 'checksummed', isPlainObject, 'the interviews stored in it', ctx)))
  const trusted: Process[] = []
  const unchecked: unknown[] = []
  const dirty = new Set<number>()
  files.forEach((file, i) => {
    const records = Object.values(file.data)
    if (!file.trusted) {
      if (records.length) dirty.add(i)
      unchecked.push(...records)
      return
    }
    for (const p of records) {
      trusted.push(p)
      if (shardOf(p.id) !== i) dirty.add(i).add(shardOf(p.id))
    }
  })
  // One map, no id list or set beside it: this is every start-up's path, 5,000 records long.
  const byId = new Map<string, Process>()
  for (const p of trusted) byId.set(p.id, p)
  if (!unchecked.length && byId.size === trusted.length) return { processes: byId, dirty }
  const { processes, fixes, aside } = repairProcesses(unchecked, ctx.now().toISOString(), trusted)
  // A duplicate dropped from a trusted shard changes that shard too.
  if (aside.length) for (let i = 0; i < SHARD_COUNT; i++) if (files[i].trusted && Object.keys(files[i].data).length) dirty.add(i)
  for (const raw of unchecked) if (isPlainObject(raw) && typeof raw.id === 'string') dirty.add(shardOf(raw.id))
  await reportRepairs(ctx, fixes, aside)
  return { processes: new Map(processes.map((p) => [p.id, p])), dirty }
}

/** The records each dirty shard should hold, taken from memory. */
export function shardRecords(processes: Map<string, Process>, dirty: Set<number>): Map<number, ProcessRecords> {
  const out = new Map<number, ProcessRecords>()
  for (const i of dirty) out.set(i, {})
  for (const p of processes.values()) {
    const records = out.get(shardOf(p.id))
    if (records) records[p.id] = p
  }
  return out
}
