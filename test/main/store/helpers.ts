import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import type { Process } from '../../../src/shared/model'
import type { Store } from '../../../src/main/store/types'
import { makeProcess as blankProcess, makeRound, stampedAt } from '../../support/factories'

const dirs: string[] = []
const stores: Store[] = []

/** A fresh temporary data folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-store-'))
  dirs.push(dir)
  return dir
}

/** Closes the store after the test even when the test fails half-way. */
export function track<T extends Store>(store: T): T {
  stores.push(store)
  return store
}

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined)
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

export function makeProcess(id: string, overrides: Partial<Process> = {}): Process {
  return blankProcess({
    id,
    company: `Company ${id}`,
    role: 'Product Designer',
    postingUrl: 'https://jobs.example.com/1',
    stage: 'interviewed',
    rounds: [makeRound({ id: `${id}-r1`, label: 'Phone screen', date: '2026-03-02', format: 'phone' })],
    ...stampedAt('2026-03-01T10:00:00.000Z'),
    ...overrides
  })
}

/** A clock that moves forward by one second per call, starting at `start`. */
export function steppingClock(start = '2026-03-10T09:00:00.000Z'): () => Date {
  let t = Date.parse(start)
  return () => new Date((t += 1000))
}

/** Every file under `dir` with its bytes, for "nothing was touched" checks. */
export async function snapshot(dir: string, skip: string[] = []): Promise<Map<string, string>> {
  const { readdir, readFile } = await import('node:fs/promises')
  const out = new Map<string, string>()
  const walk = async (sub: string) => {
    for (const e of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, e.name)
      if (skip.includes(rel)) continue
      if (e.isDirectory()) await walk(rel)
      else out.set(rel, (await readFile(path.join(dir, rel))).toString('base64'))
    }
  }
  await walk('')
  return out
}

export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}
