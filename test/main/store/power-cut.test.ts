import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { nodeFs } from '../../../src/main/store/file-system'
import type { Store } from '../../../src/main/store/types'
import { MemoryFs, RecordingFs, type CutMode, type FsOp } from './crash-fs'
import { makeProcess, steppingClock, tempDir } from './helpers'

// Power cuts at every moment of a scripted session. The session runs the real store on the real
// disk through a recording file layer; then, for each operation boundary, the recorded
// operations up to it are replayed into an in-memory disk that keeps only what was durable
// (file content as of its last fsync, never-synced files empty, folder entries as of the
// folder's last fsync, or all of them, or a mix), and the store is reopened on that disk.
// Every acknowledged write must be there, and every open must succeed.

const FIXTURE = path.resolve(__dirname, '../../fixtures/schema-v0/db.json')
/** Beyond this many boundaries, every k-th is tried (plus each one next to an fsync or rename). */
const MAX_CUTS = 700

type State = Map<string, string>

async function stateOf(store: Store): Promise<State> {
  const out: State = new Map()
  const data = await store.exportAll()
  out.set('settings', JSON.stringify(data.settings))
  out.set('notified', JSON.stringify([...store.getNotified()].sort()))
  for (const p of data.processes) out.set(`process ${p.id}`, JSON.stringify(p))
  for (const [roundId, text] of Object.entries(data.notes)) out.set(`notes ${roundId}`, text)
  return out
}

interface Step {
  name: string
  /** Log length when the step started and when it was acknowledged. */
  start: number
  end: number
  /** Whole-data replacements must land whole; other steps are judged record by record. */
  atomic: boolean
  before: State
  after: State
}

async function session(dir: string, fs: RecordingFs): Promise<{ steps: Step[]; setupEnd: number }> {
  // The schema-0 file the migration starts from, written durably before the cuts begin.
  const legacy = await fs.open(path.join(dir, 'db.json'), 'w')
  await legacy.writeFile(await readFile(FIXTURE))
  await legacy.sync()
  await legacy.close()
  await fs.syncDir(dir)
  const setupEnd = fs.log.length
  const clock = steppingClock()
  const steps: Step[] = []
  let store: Store | null = null
  let last: State = new Map()
  const step = async (name: string, run: () => Promise<unknown>, atomic = false) => {
    const start = fs.log.length
    await run()
    const after = await stateOf(store!)
    steps.push({ name, start, end: fs.log.length, atomic, before: steps.length ? last : after, after })
    last = after
  }
  await step('open with migration', async () => (store = await openStore({ dir, fs, now: clock })), true)
  const s = store!
  for (const id of ['a', 'b', 'c']) await step(`create ${id}`, () => s.createProcess(makeProcess(id)))
  await step('edit a', () => s.updateProcess('a', (p) => void (p.stage = 'offer')))
  await step('edit a again', () => s.updateProcess('a', (p) => void (p.decisionPhrase = 'by Friday')))
  await step('notes b', () => s.saveNotes('b', 'b-r1', 'They run on Postgres'))
  await step('notes b again', () => s.saveNotes('b', 'b-r1', 'They run on Postgres and Kafka'))
  await step('settings', () => s.updateSettings({ name: 'Sam' }))
  await step('notified', () => s.addNotified(['a:a-r1:thank-you']))
  await step('queued together', () =>
    Promise.all([
      s.updateProcess('b', (p) => void (p.stage = 'waiting')),
      s.saveNotes('c', 'c-r1', 'Panel of four'),
      s.updateSettings({ signature: 'Best, Sam' }),
      s.createProcess(makeProcess('d'))
    ])
  )
  await step('delete d', () => s.deleteProcess('d'))
  const exported = await s.exportAll()
  const { ['c-r1']: _dropped, ...notes } = exported.notes
  const imported = { ...exported, notes, processes: [...exported.processes.filter((p) => p.id !== 'c'), makeProcess('e')] }
  await step('import', () => s.importAll(imported), true)
  await step('edit e', () => s.updateProcess('e', (p) => void (p.role = 'Staff Designer')))
  const preImport = (await s.listBackups()).find((b) => b.reason === 'pre-import')!
  await step('restore', () => s.restoreBackup(preImport.id), true)
  await step('notes after restore', () => s.saveNotes('c', 'c-r1', 'Panel of five'))
  await s.close()
  return { steps, setupEnd }
}

/** The boundaries to cut at: all of them when few, else a sample that keeps the ones around syncs and renames. */
function cutPoints(log: FsOp[], from: number): number[] {
  const all = Array.from({ length: log.length - from + 1 }, (_, i) => from + i)
  if (all.length <= MAX_CUTS) return all
  const key = new Set<number>()
  log.forEach((op, i) => {
    if (i >= from && ['sync', 'syncDir', 'rename', 'link'].includes(op.op)) key.add(i).add(i + 1)
  })
  const stride = Math.ceil(all.length / MAX_CUTS)
  const keyList = [...key]
  const keyStride = Math.max(1, Math.ceil(keyList.length / (MAX_CUTS / 2)))
  const picked = new Set([...all.filter((_, i) => i % stride === 0), ...keyList.filter((_, i) => i % keyStride === 0), log.length])
  return [...picked].sort((a, b) => a - b)
}

function judge(found: State, step: Step, inFlight: boolean): string | null {
  const allowed = inFlight ? [step.before, step.after] : [step.after]
  if (step.atomic || !inFlight) {
    const same = (s: State) => s.size === found.size && [...s].every(([k, v]) => found.get(k) === v)
    if (allowed.some(same)) return null
  } else {
    const keys = new Set([...step.before.keys(), ...step.after.keys(), ...found.keys()])
    const bad = [...keys].filter((k) => found.get(k) !== step.before.get(k) && found.get(k) !== step.after.get(k))
    if (!bad.length) return null
    return `${bad[0]} is neither as before nor as after "${step.name}"`
  }
  const missing = [...step.after.keys()].filter((k) => found.get(k) !== step.after.get(k))
  return `${inFlight ? 'during' : 'after'} "${step.name}": ${missing.slice(0, 3).join(', ') || 'extra records'} differ`
}

function mixedMode(seed: number): CutMode {
  return (dir) => {
    let h = seed
    for (let i = 0; i < dir.length; i++) h = Math.imul(h ^ dir.charCodeAt(i), 0x01000193)
    return (h >>> 0) % 2 ? 'old' : 'new'
  }
}

const EXPECTED_NOTICE = /in the middle of replacing your data|while preparing to replace your data|updated from an earlier version/

describe('data store: power cut at every moment of a session', () => {
  it('keeps every acknowledged write, and every reopen succeeds', async () => {
    const dir = await tempDir()
    const recording = new RecordingFs(nodeFs)
    const { steps, setupEnd } = await session(dir, recording)
    const { log } = recording
    const cuts = cutPoints(log, setupEnd)
    const model = new MemoryFs(dir)
    for (let i = 0; i < setupEnd; i++) model.apply(log[i])
    let applied = setupEnd
    const problems: string[] = []
    let opens = 0
    let lost = 0
    let failedOpens = 0
    for (const cut of cuts) {
      while (applied < cut) model.apply(log[applied++])
      const done = steps.filter((s) => s.end <= cut)
      const current = steps.find((s) => s.start < cut && cut < s.end)
      // Before the open is acknowledged, the migration's own result is what a reopen must give.
      const step = current ?? done[done.length - 1] ?? steps[0]
      const inFlight = current !== undefined || done.length === 0
      for (const mode of ['old', 'new', mixedMode(cut)] as CutMode[]) {
        const label = `cut ${cut}/${log.length} (${typeof mode === 'string' ? mode : 'mixed'} folders)`
        opens++
        let reopened: Store
        try {
          reopened = await openStore({ dir, fs: model.afterPowerCut(mode), now: () => new Date('2026-03-10T12:00:00.000Z') })
        } catch (e) {
          failedOpens++
          problems.push(`${label}: the open failed: ${(e as Error).message}`)
          continue
        }
        try {
          for (const n of reopened.notices) if (!EXPECTED_NOTICE.test(n.message) && n.kind !== 'backup-failed') problems.push(`${label}: notice: ${n.message}`)
          const verdict = judge(await stateOf(reopened), step, inFlight)
          if (verdict) {
            lost++
            problems.push(`${label}: ${verdict}`)
          }
        } finally {
          await reopened.close()
        }
      }
    }
    console.log(`power cut: ${log.length - setupEnd} recorded operations in ${steps.length} steps; ${cuts.length} cut points tried, ${opens} reopens, ${failedOpens} failed, ${lost} with a lost acknowledged write, ${problems.length} problems`)
    expect(problems.slice(0, 10)).toEqual([])
    expect(steps.every((s) => s.end > s.start)).toBe(true)
  }, 120_000)

  it('the model is strict: writing a file in place without fsync loses it after a cut', async () => {
    const dir = await tempDir()
    const disk = new MemoryFs(dir)
    const file = path.join(dir, 'meta.json')
    const h = await disk.open(file, 'w')
    await h.writeFile('{"a":1}')
    await h.close()
    await disk.syncDir(dir)
    expect(disk.afterPowerCut('old').files().get('meta.json')).toBe('')
    const again = await disk.open(`${file}.tmp`, 'w')
    await again.writeFile('{"a":2}')
    await again.sync()
    await disk.rename(`${file}.tmp`, file)
    expect(disk.afterPowerCut('old').files().get('meta.json')).toBe('')
    expect(disk.afterPowerCut('new').files().get('meta.json')).toBe('{"a":2}')
    await disk.syncDir(dir)
    expect(disk.afterPowerCut('old').files().get('meta.json')).toBe('{"a":2}')
  })
})
