import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startCore, type Core } from '../../../src/main/core'
import type { IpcResult } from '../../../src/shared/ipc/result'
import { isSafeExternalUrl } from '../../../src/main/security/trusted-url'
import { ALL_CHANNELS, hostilePayload, seededRng } from './fuzz-payloads'
import { hashDir, recordingPlatform, seedCore, type PlatformRecord } from './fuzz-support'

// IPC boundary fuzz: thousands of hostile payloads through the one entry every IPC call takes
// (core.invoke -> dispatch). Each must come back as a typed result, the process must stay up,
// Object.prototype must stay clean, and every refused call must leave the data folder
// byte-identical. Replay a failure with FUZZ_SEED=<seed>; FUZZ_COUNT changes the run's size.

const SEED = Number(process.env.FUZZ_SEED ?? 0xaf7e2026)
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000)
const CALL_TIMEOUT_MS = 5_000
const ERROR_CODES = new Set(['invalid-input', 'unknown-channel', 'forbidden', 'not-found', 'read-only', 'newer-version', 'invalid', 'io', 'locked', 'internal'])

const dirs: string[] = []
let core: Core | null = null
afterAll(async () => {
  await core?.close()
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout
  return Promise.race([promise, new Promise<'timeout'>((ok) => (timer = setTimeout(() => ok('timeout'), ms)))]).finally(() => clearTimeout(timer))
}

function isTypedResult(r: unknown): r is IpcResult<unknown> {
  if (!r || typeof r !== 'object') return false
  const v = r as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
  if (v.ok === true) return 'value' in v
  return v.ok === false && typeof v.error?.message === 'string' && ERROR_CODES.has(String(v.error?.code))
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)

describe('IPC boundary fuzz', () => {
  it('its folder check sees a one-byte change, a new file and an empty new folder', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises')
    const dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-hash-'))
    dirs.push(dir)
    await writeFile(path.join(dir, 'a.json'), '{"n":1}')
    const base = hashDir(dir)
    await writeFile(path.join(dir, 'a.json'), '{"n":2}')
    expect(hashDir(dir)).not.toBe(base)
    await writeFile(path.join(dir, 'a.json'), '{"n":1}')
    expect(hashDir(dir)).toBe(base)
    await writeFile(path.join(dir, 'b.tmp'), '')
    const withFile = hashDir(dir)
    expect(withFile).not.toBe(base)
    await mkdir(path.join(dir, 'corrupt'))
    expect(hashDir(dir)).not.toBe(withFile)
  })

  it(`${COUNT} hostile payloads across every channel: typed results, nothing polluted, refused calls change nothing`, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-fuzz-'))
    dirs.push(dir)
    const record: PlatformRecord = { opened: [], clipboard: 0, saved: 0 }
    core = await startCore({ dataDir: dir, platform: recordingPlatform(record), appVersion: '0.0.0-fuzz', today: '2026-03-10', reminders: false })
    const ids = await seedCore(core)
    const rng = seededRng(SEED)

    const perChannel = new Map<string, { tried: number; refused: number; accepted: number }>()
    const perCode = new Map<string, number>()
    const perKind = new Map<string, number>()
    const problems: string[] = []
    let refusedChecked = 0
    let invokeMs = 0
    let hashMs = 0
    let baseline = hashDir(dir)
    const started = performance.now()

    for (let i = 0; i < COUNT; i++) {
      // Round-robin over the channels so each gets its share, then a random breakage.
      const target = ALL_CHANNELS[i % ALL_CHANNELS.length]
      const { channel, payload, kind } = hostilePayload(rng, target, ids)
      bump(perKind, kind)
      const stats = perChannel.get(target) ?? { tried: 0, refused: 0, accepted: 0 }
      perChannel.set(target, stats)
      stats.tried++
      let result: unknown
      const t0 = performance.now()
      try {
        result = await withTimeout(core.invoke(channel, payload), CALL_TIMEOUT_MS)
        invokeMs += performance.now() - t0
      } catch (err) {
        problems.push(`#${i} ${target}/${kind}: threw ${(err as Error)?.message ?? err}`)
        continue
      }
      if (result === 'timeout') {
        problems.push(`#${i} ${target}/${kind}: no answer within ${CALL_TIMEOUT_MS} ms`)
        continue
      }
      if (!isTypedResult(result)) {
        problems.push(`#${i} ${target}/${kind}: untyped result ${JSON.stringify(result)?.slice(0, 200)}`)
        continue
      }
      if ('polluted' in Object.prototype || ({} as Record<string, unknown>).polluted !== undefined) {
        problems.push(`#${i} ${target}/${kind}: Object.prototype polluted`)
        delete (Object.prototype as Record<string, unknown>).polluted
      }
      // Refused: the folder must be exactly as before. Accepted (a payload the schema strips
      // down to something valid): that change is legitimate and becomes the new baseline.
      const t1 = performance.now()
      const after = hashDir(dir)
      hashMs += performance.now() - t1
      if (result.ok) {
        stats.accepted++
        bump(perCode, 'ok')
      } else {
        stats.refused++
        bump(perCode, result.error.code)
        refusedChecked++
        if (after !== baseline) problems.push(`#${i} ${target}/${kind}: refused (${result.error.code}) but the data folder changed`)
      }
      baseline = after
    }
    const seconds = (performance.now() - started) / 1000

    // The process is still up and the store still answers with the seeded data intact.
    const list = await core.invoke('processes.list', undefined)
    expect(list.ok).toBe(true)
    if (list.ok) expect((list.value as { id: string }[]).some((p) => p.id === ids.processId)).toBe(true)
    const notes = await core.invoke('notes.get', { processId: ids.processId, roundId: ids.roundId })
    expect(notes.ok).toBe(true)
    // Nothing that failed the scheme check ever reached the shell.
    expect(record.opened.filter((u) => !isSafeExternalUrl(u))).toEqual([])
    expect(record.switched ?? []).toEqual([])
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')

    const rows = [...perChannel].map(([c, s]) => `  ${c.padEnd(20)} tried ${String(s.tried).padStart(4)}  refused ${String(s.refused).padStart(4)}  accepted ${String(s.accepted).padStart(3)}`)
    console.log(
      [
        `IPC fuzz: seed ${SEED}, ${COUNT} payloads in ${seconds.toFixed(1)} s (calls ${(invokeMs / 1000).toFixed(1)} s, folder hashing ${(hashMs / 1000).toFixed(1)} s) across ${perChannel.size} channels`,
        `  refused and verified byte-identical: ${refusedChecked}; accepted after schema stripping: ${COUNT - refusedChecked - problems.length}`,
        `  by result: ${[...perCode].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`,
        `  by mutation: ${[...perKind].map(([k, v]) => `${k} ${v}`).join(', ')}`,
        `  links that reached the shell: ${record.opened.length} (all http/https/mailto)`,
        ...rows,
        `  problems: ${problems.length}`,
        ...problems.slice(0, 20).map((p) => `    ${p}`)
      ].join('\n')
    )
    expect(problems).toEqual([])
    expect(refusedChecked).toBeGreaterThan(COUNT * 0.8)
  }, 120_000)
})
