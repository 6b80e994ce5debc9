import type { StoreIo } from './durable-io'

// One owner per data folder: afterview.lock holds the owner's pid. A lock whose pid is no longer
// running is stale (the app crashed) and is taken over; a live one makes this opener read-only.
// The lock is created complete and exclusive (a synced temp file hard-linked to its name).

export interface LockHolder {
  pid: number
  startedAt: string
}

export type LockResult =
  | { owned: true; release: () => Promise<void> }
  | { owned: false; reason: 'held'; holder: LockHolder }
  | { owned: false; reason: 'unwritable'; code: string }

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS'])

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it exists but belongs to someone else, which still means alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readHolder(io: StoreIo, file: string): Promise<{ text: string; holder: LockHolder | null } | null> {
  const text = await io.readText(file)
  if (text === null) return null
  try {
    const v = JSON.parse(text) as Partial<LockHolder>
    if (typeof v.pid === 'number') return { text, holder: { pid: v.pid, startedAt: String(v.startedAt ?? '') } }
  } catch {
    // A half-written or garbage lock file is treated as stale.
  }
  return { text, holder: null }
}

export async function acquireLock(file: string, now: Date, io: StoreIo): Promise<LockResult> {
  const mine = JSON.stringify({ pid: process.pid, startedAt: now.toISOString() })
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await io.beforeWrite(file)
      await io.createExclusive(file, mine)
      return { owned: true, release: () => releaseLock(io, file, mine) }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? ''
      if (UNWRITABLE.has(code)) return { owned: false, reason: 'unwritable', code }
      if (code !== 'EEXIST') throw e
    }
    const current = await readHolder(io, file)
    if (!current) continue // released between our attempt and the read
    const { holder } = current
    // Our own pid in the file can only be a crashed earlier run whose pid was reused
    // (same-process double opens are refused before we get here).
    if (holder && holder.pid !== process.pid && isProcessAlive(holder.pid)) {
      return { owned: false, reason: 'held', holder }
    }
    // Stale: remove it only if it is still the file we judged, then race for it again.
    const again = await readHolder(io, file)
    if (again && again.text === current.text) await io.fs.unlink(file).catch(() => undefined)
  }
  const current = await readHolder(io, file)
  return { owned: false, reason: 'held', holder: current?.holder ?? { pid: 0, startedAt: '' } }
}

async function releaseLock(io: StoreIo, file: string, mine: string): Promise<void> {
  const current = await readHolder(io, file).catch(() => null)
  if (current?.text === mine) await io.fs.unlink(file).catch(() => undefined)
}
