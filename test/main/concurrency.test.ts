import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { startCore, type Core } from '../../src/main/core'
import type { Message, Process } from '../../src/shared/model'
import { hashDir, recordingPlatform } from './ipc/fuzz-support'

// Two app instances on one data folder (the second defers to the first), and many concurrent
// IPC calls on one process (none lost).

const OWNER = path.resolve('test/main/support/core-owner.ts')
const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined)
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-concurrency-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function openCore(dir: string): Promise<Core> {
  const core = await startCore({ dataDir: dir, platform: recordingPlatform({ opened: [], clipboard: 0, saved: 0 }), appVersion: '0', today: '2026-03-10', reminders: false })
  cleanups.push(() => core.close())
  return core
}

/** The first instance, in its own process (one process may open a folder only once). */
async function startOwner(dir: string) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', OWNER, dir], { stdio: 'pipe' })
  cleanups.push(async () => child.kill('SIGKILL'))
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const next = async (): Promise<Record<string, unknown>> => {
    const { value, done } = await lines.next()
    if (done) throw new Error(`owner exited: ${stderr}`)
    return JSON.parse(value)
  }
  const ready = await next()
  return {
    child,
    ready,
    async send(line: string) {
      child.stdin.write(`${line}\n`)
      return next()
    }
  }
}

describe('two instances on one data folder', () => {
  it('the second opens read-only, refuses every write untouched, and owns the folder once the first closes', async () => {
    const dir = await tempDir()
    const owner = await startOwner(dir)
    expect(owner.ready).toMatchObject({ ready: true, readOnly: false })
    const created = await owner.send('create Northwind')
    expect(created.ok).toBe(true)
    const ownerProcessId = created.id as string

    const second = await openCore(dir)
    expect(second.store.readOnly).toBe(true)
    const info = await second.invoke('app.info', undefined)
    expect(info).toMatchObject({ ok: true, value: { readOnly: true } })
    if (info.ok) expect((info.value as { notices: { kind: string; message: string }[] }).notices[0]).toMatchObject({ kind: 'read-only', message: expect.stringContaining(`pid ${owner.child.pid}`) })
    // It reads what the owner wrote.
    const list = await second.invoke('processes.list', undefined)
    expect(list.ok && (list.value as Process[]).map((p) => p.company)).toEqual(['Northwind'])

    const before = hashDir(dir)
    const writes: [string, unknown][] = [
      ['processes.create', { company: 'Globex', role: 'Analyst' }],
      ['processes.update', { id: ownerProcessId, patch: { company: 'Renamed' } }],
      ['processes.move', { id: ownerProcessId, stage: 'waiting' }],
      ['processes.delete', { id: ownerProcessId }],
      ['settings.update', { name: 'Sam' }],
      ['sample.load', undefined],
      ['data.import', { json: JSON.stringify({ app: 'afterview', schemaVersion: 1, settings: (await second.invoke('settings.get', undefined) as { value: unknown }).value, processes: [], notes: {} }), apply: true }]
    ]
    for (const [channel, payload] of writes) {
      const r = await second.invoke(channel, payload)
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'read-only' } })
    }
    expect(hashDir(dir)).toBe(before)

    // The owner keeps writing meanwhile, then quits; the next start owns the folder.
    expect((await owner.send('create Initech')).ok).toBe(true)
    expect(await owner.send('close')).toEqual({ closed: true })
    await second.close()
    cleanups.pop()
    const third = await openCore(dir)
    expect(third.store.readOnly).toBe(false)
    const companies = await third.invoke('processes.list', undefined)
    expect(companies.ok && (companies.value as Process[]).map((p) => p.company).sort()).toEqual(['Initech', 'Northwind'])
    expect(await third.invoke('processes.create', { company: 'Globex', role: 'Analyst' })).toMatchObject({ ok: true })
  }, 60_000)

  it('an owner that crashed (SIGKILL) leaves a stale lock that the next start takes over', async () => {
    const dir = await tempDir()
    const owner = await startOwner(dir)
    expect((await owner.send('create Umbrella')).ok).toBe(true)
    owner.child.kill('SIGKILL')
    await new Promise((r) => owner.child.once('exit', r))
    const next = await openCore(dir)
    expect(next.store.readOnly).toBe(false)
    const list = await next.invoke('processes.list', undefined)
    expect(list.ok && (list.value as Process[]).map((p) => p.company)).toEqual(['Umbrella'])
  }, 60_000)
})

describe('concurrent IPC calls on one process', () => {
  it('1,000 interleaved processes.update and messages.add calls, all in flight at once, lose none', async () => {
    const dir = await tempDir()
    let core = await openCore(dir)
    const created = await core.invoke('processes.create', { company: 'Acme', role: 'Analyst' })
    if (!created.ok) throw new Error(created.error.message)
    const id = (created.value as Process).id
    let events = 0
    core.subscribe((event) => void (event === 'data.changed' && events++))

    const N = 1000
    const started = performance.now()
    const calls = Array.from({ length: N }, (_, i) =>
      i % 2 === 0
        ? core.invoke('processes.update', { id, patch: { decisionPhrase: `update #${i}`, company: `Acme ${i}` } })
        : core.invoke('messages.add', {
            processId: id,
            message: {
              direction: 'received', situation: 'reply', step: null, channel: 'email', date: '2026-03-10',
              subject: `message #${i}`, body: `body ${i}`, personId: null
            }
          })
    )
    const results = await Promise.all(calls)
    const ms = performance.now() - started
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(events).toBe(N)

    const check = (p: Process) => {
      const subjects = new Set(p.messages.map((m: Message) => m.subject))
      const expected = Array.from({ length: N / 2 }, (_, k) => `message #${2 * k + 1}`)
      expect(expected.filter((s) => !subjects.has(s))).toEqual([])
      expect(p.messages).toHaveLength(N / 2)
      // Calls are applied in the order they were made: the last update wins.
      expect(p.company).toBe(`Acme ${N - 2}`)
      expect(p.decisionPhrase).toBe(`update #${N - 2}`)
    }
    check(core.store.getProcess(id)!)

    // And all of it is on disk.
    await core.close()
    cleanups.pop()
    core = await openCore(dir)
    check(core.store.getProcess(id)!)
    console.log(`concurrency: ${N} concurrent calls on one process in ${ms.toFixed(0)} ms, ${N / 2} messages kept, 0 lost`)
  }, 60_000)
})
