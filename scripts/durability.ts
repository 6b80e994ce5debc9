import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { openStore } from '../src/main/store/data-store'

// Crash test for the store: a child process runs the real store and writes
// in a loop, printing each acknowledged write; we SIGKILL it at random moments, then reopen the
// data. Every time, the files must load without any recovery, and every acknowledged write must
// be there (a stored value may be newer than the last ACK: that write finished but its ACK was
// not printed before the kill). A delete is announced before it starts, so a kill while it is in
// flight may leave the interview either way. Each loss is counted once: what a reopen finds
// becomes the expectation for the next one. The kill schedule comes from a printed seed.
// Run: npx tsx scripts/durability.ts [--kills N] [--seed N] [--verbose]

const CHILD = fileURLToPath(new URL('./durability-child.ts', import.meta.url))

export interface DurabilityResult {
  seed: number
  kills: number
  acknowledged: number
  losses: number
  /** Reopens that found a whole-data swap (import) interrupted by the kill. */
  interruptedSwaps: number
  problems: string[]
}

interface Life {
  /** "ACK ..." and "DELETING <id>" lines, in the order the child printed them. */
  acks: string[]
  ready: boolean
  stderr: string
}

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

/** Runs one child until the kill moment; returns what it acknowledged. */
async function runLife(dir: string, life: number, killAfterReadyMs: number | null, killAfterSpawnMs: number): Promise<Life> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(life)], { stdio: ['ignore', 'pipe', 'pipe'] })
  const result: Life = { acks: [], ready: false, stderr: '' }
  let buffered = ''
  const kill = () => child.kill('SIGKILL')
  let timer: NodeJS.Timeout | undefined
  if (killAfterReadyMs === null) timer = setTimeout(kill, killAfterSpawnMs)
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    const lines = buffered.split('\n')
    buffered = lines.pop()!
    for (const line of lines) {
      if (line === 'READY') {
        result.ready = true
        if (killAfterReadyMs !== null) timer = setTimeout(kill, killAfterReadyMs)
      } else if (line.startsWith('ACK ') || line.startsWith('DELETING ')) result.acks.push(line)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (result.stderr += chunk))
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
  clearTimeout(timer)
  if (exit.signal !== 'SIGKILL') throw new Error(`The writer exited by itself (code ${exit.code}): ${result.stderr.trim()}`)
  return result
}

/** What the data must hold: acknowledged values and the fate of deletions. */
export interface Expected {
  /** Highest acknowledged value per key ("phrase d0", "notes d1", "settings signature", "create c3-17"). */
  acked: Map<string, number>
  /** Interviews whose deletion was acknowledged, or seen done after a kill in flight. */
  deleted: Set<string>
  /** Deletions announced but not acknowledged: the kill may have come before or after. */
  deleting: Set<string>
}

export function recordAcks(lines: string[], into: Expected): void {
  for (const line of lines) {
    const [word, kind, key, n] = line.split(' ')
    if (word === 'DELETING') {
      into.deleting.add(kind)
      continue
    }
    if (kind === 'delete') {
      into.deleting.delete(key)
      into.deleted.add(key)
      continue
    }
    const k = `${kind} ${key}`
    into.acked.set(k, Math.max(into.acked.get(k) ?? -1, Number(n)))
  }
}

/**
 * Reopens the data and compares it with what was acknowledged. A loss is reported once: the
 * expectation is lowered to what was found, so the next reopen does not count it again.
 */
export async function verify(dir: string, expected: Expected): Promise<{ problems: string[]; losses: number; swap: string | null }> {
  const problems: string[] = []
  let losses = 0
  let swap: string | null = null
  const store = await openStore({ dir })
  try {
    // A kill in the middle of an import is expected to leave a staged swap to finish or drop.
    const expectedNotice = (message: string) => /in the middle of replacing your data|while preparing to replace your data/.test(message)
    for (const n of store.notices) {
      if (expectedNotice(n.message)) swap = /middle/.test(n.message) ? 'finished an interrupted import' : 'dropped an uncommitted import'
      else if (n.kind !== 'backup-failed') problems.push(`notice on reopen: ${n.message}`)
    }
    // An in-flight deletion has now ended one way or the other, and what is on disk stays.
    for (const id of expected.deleting) if (!store.getProcess(id)) expected.deleted.add(id)
    expected.deleting.clear()
    for (const id of expected.deleted) {
      if (!store.getProcess(id)) continue
      losses++
      problems.push(`lost: the deletion of ${id} (it is back)`)
      expected.deleted.delete(id)
    }
    const counter = (text: string | undefined) => Number(/^n=(\d+)/.exec(text ?? '')?.[1] ?? -1)
    for (const [k, n] of expected.acked) {
      const [kind, key] = k.split(' ')
      if (kind === 'import') continue
      if (kind === 'create' && expected.deleted.has(key)) continue
      let stored: number
      if (kind === 'create') stored = store.getProcess(key) ? 0 : -1
      else if (kind === 'phrase') stored = counter(store.getProcess(key)?.decisionPhrase)
      else if (kind === 'notes') stored = store.getProcess(key) ? counter(await store.getNotes(key, `${key}-r`)) : -1
      else stored = counter(store.getSettings().signature)
      if (stored >= n) continue
      losses++
      problems.push(`lost: ${k} acknowledged ${n}, stored ${stored < 0 ? 'nothing' : stored}`)
      if (stored < 0) expected.acked.delete(k)
      else expected.acked.set(k, stored)
    }
  } finally {
    await store.close()
  }
  return { problems, losses, swap }
}

export interface PlannedKill {
  /** Milliseconds after the child says READY; null: the kill counts from the spawn instead. */
  afterReadyMs: number | null
  afterSpawnMs: number
}

/** The kill moments of a run: the same seed gives the same schedule. */
export function killPlan(seed: number, kills: number): PlannedKill[] {
  const rand = random(seed)
  return Array.from({ length: kills }, () => {
    // Most kills land while the loop is writing; one in five lands anywhere from start-up on
    // (opening, taking over the stale lock, the daily backup).
    const anywhere = rand() < 0.2
    const afterReady = Math.floor(rand() * 250)
    return { afterReadyMs: anywhere ? null : afterReady, afterSpawnMs: 50 + Math.floor(rand() * 900) }
  })
}

export async function runDurability(options: { kills: number; seed?: number; log?: (line: string) => void }): Promise<DurabilityResult> {
  const log = options.log ?? (() => undefined)
  const seed = options.seed ?? Date.now() % 2 ** 31
  const plan = killPlan(seed, options.kills)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-durability-'))
  const expected: Expected = { acked: new Map(), deleted: new Set(), deleting: new Set() }
  const result: DurabilityResult = { seed, kills: 0, acknowledged: 0, losses: 0, interruptedSwaps: 0, problems: [] }
  try {
    for (let life = 1; life <= options.kills; life++) {
      const { afterReadyMs, afterSpawnMs } = plan[life - 1]
      const lived = await runLife(dir, life, afterReadyMs, afterSpawnMs)
      result.kills++
      result.acknowledged += lived.acks.filter((l) => l.startsWith('ACK ')).length
      recordAcks(lived.acks, expected)
      const { problems, losses, swap } = await verify(dir, expected)
      result.losses += losses
      if (swap) result.interruptedSwaps++
      result.problems.push(...problems.map((p) => `kill ${life}: ${p}`))
      const acks = lived.acks.filter((l) => l.startsWith('ACK ')).length
      log(`kill ${life}: ${lived.ready ? 'while writing' : 'during start-up'}, ${acks} acknowledged writes, ${losses} lost${swap ? ` (${swap})` : ''}${problems.length ? ` — ${problems[0]}` : ''}`)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return result
}

async function main(): Promise<void> {
  const option = (name: string) => {
    const at = process.argv.indexOf(name)
    return at > 0 ? Number(process.argv[at + 1]) : undefined
  }
  const kills = option('--kills') ?? 200
  if (!Number.isInteger(kills) || kills < 1) throw new Error('--kills needs a positive whole number')
  const seed = option('--seed') ?? Date.now() % 2 ** 31
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed needs a whole number >= 0')
  const verbose = process.argv.includes('--verbose')
  // First, so a run that hangs or crashes can still be replayed with the same kill schedule.
  console.log(`durability: seed ${seed} (replay the same kill schedule with --seed ${seed})`)
  const started = Date.now()
  const r = await runDurability({ kills, seed, log: verbose ? (l) => console.log(l) : undefined })
  console.log(`durability: seed ${r.seed}, ${r.kills} kills (SIGKILL), ${r.acknowledged} acknowledged writes, ${r.losses} lost, ${r.problems.length} problems, ${r.interruptedSwaps} reopens after a kill mid-import, ${((Date.now() - started) / 1000).toFixed(0)} s`)
  for (const p of r.problems.slice(0, 20)) console.log(`  ${p}`)
  if (r.losses > 0 || r.problems.length > 0) process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
