import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore, type Core } from '../../../src/main/core'
import { openStore } from '../../../src/main/store/data-store'
import { ReminderService } from '../../../src/main/services/reminders'
import type { ReminderNotification } from '../../../src/shared/plan/process-plan'
import { makeProcess, makeRound } from '../../support/factories'
import { recordingPlatform } from './fuzz-support'

// Dates outside 2000–2100 are refused over IPC and on import with a clear message; one kept
// on disk from older data loads, shows a notice, and the other processes still plan and remind.

const dirs: string[] = []
const cores: Core[] = []
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'afterview-dates-'))
  dirs.push(dir)
  return dir
}

async function core(dir: string): Promise<Core> {
  const c = await startCore({ dataDir: dir, platform: recordingPlatform({ opened: [], clipboard: 0, saved: 0 }), appVersion: 't', today: '2026-11-19', reminders: false })
  cores.push(c)
  return c
}

const message = (r: { ok: boolean; error?: { message?: string; issues?: { message: string }[] } }) =>
  [r.error?.message ?? '', ...(r.error?.issues ?? []).map((i) => i.message)].join(' | ')

describe('dates outside 2000–2100', () => {
  it('are refused over IPC with a clear message', async () => {
    const c = await core(await tempDir())
    const created = await c.invoke('processes.create', { company: 'Acme', role: 'Analyst' })
    const id = (created as { value: { id: string } }).value.id
    for (const date of ['1999-12-31', '9999-12-30']) {
      const round = await c.invoke('rounds.save', { processId: id, round: { label: 'R1', date, time: '', format: 'video', location: '' } })
      expect(round.ok).toBe(false)
      expect(message(round as never)).toMatch(/between 2000 and 2100/)
      const decision = await c.invoke('processes.update', { id, patch: { decisionBy: date } })
      expect(message(decision as never)).toMatch(/between 2000 and 2100/)
    }
    const ok = await c.invoke('rounds.save', { processId: id, round: { label: 'R1', date: '2026-11-18', time: '', format: 'video', location: '' } })
    expect(ok.ok).toBe(true)
  })

  it('are refused on import, and nothing changes', async () => {
    const c = await core(await tempDir())
    const data = { ...(await c.store.exportAll()), processes: [makeProcess({ id: 'p1', company: 'Old Co', rounds: [makeRound({ id: 'r1', date: '1999-04-01' })] })] }
    const r = await c.invoke('data.import', { json: JSON.stringify(data), apply: true })
    expect(r.ok).toBe(false)
    expect(message(r as never)).toMatch(/Old Co.*between 2000 and 2100/)
    expect(c.store.listProcesses()).toEqual([])
  })

  it('kept on disk from older data, stop neither the load nor the reminders of other processes', async () => {
    const dir = await tempDir()
    const store = await openStore({ dir })
    // The store checks less than IPC does: this is how a record from before the check looks.
    await store.createProcess(makeProcess({ id: 'bad', company: 'Far Future', rounds: [makeRound({ id: 'rb', date: '9999-12-30' })] }))
    await store.createProcess(makeProcess({ id: 'good', company: 'Acme', rounds: [makeRound({ id: 'rg', date: '2026-11-18' })] }))
    await store.close()

    const reopened = await openStore({ dir })
    try {
      expect(reopened.listProcesses().map((p) => p.id).sort()).toEqual(['bad', 'good'])
      const shown: ReminderNotification[] = []
      const reminders = new ReminderService({ store: reopened, today: () => '2026-11-19', now: () => new Date(2026, 10, 19, 10), notify: (n) => shown.push(n) })
      await reminders.start()
      reminders.stop()
      expect(shown.flatMap((n) => n.reminders.map((x) => x.processId))).toEqual(['good'])
    } finally {
      await reopened.close()
    }
  })
})
