import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore, type Core } from '../../../src/main/core'
import { recordingPlatform } from './fuzz-support'

const dirs: string[] = []
const cores: Core[] = []
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

async function core(today: string): Promise<Core> {
  const dir = await mkdtemp(join(tmpdir(), 'afterview-csv-'))
  dirs.push(dir)
  const c = await startCore({
    dataDir: dir,
    platform: recordingPlatform({ opened: [], clipboard: 0, saved: 0 }),
    appVersion: 't',
    today,
    reminders: false
  })
  cores.push(c)
  return c
}

async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}

describe('data.exportCsv', () => {
  it("fills Next step and Due from each live process's plan", async () => {
    // Thursday 2026-11-12 interview: thank-you due 11-13, status check 11-19 (United States).
    const c = await core('2026-11-14')
    const acme = await value<{ id: string }>(c.invoke('processes.create', { company: 'Acme', role: 'Analyst' }))
    const round = { label: 'Panel', date: '2026-11-12', time: '14:00', format: 'panel', location: '' }
    await value(c.invoke('rounds.save', { processId: acme.id, round }))
    await value(c.invoke('processes.create', { company: 'Globex', role: 'Engineer' }))

    const { csv } = await value<{ csv: string }>(c.invoke('data.exportCsv', undefined))
    const [header, ...rows] = csv.trim().split('\r\n').map((line) => line.split(','))
    const column = (name: string) => header.indexOf(name)
    const acmeRow = rows.find((r) => r[0] === 'Acme')!
    const globexRow = rows.find((r) => r[0] === 'Globex')!
    expect(acmeRow[column('Next step')]).toBe('Thank-you')
    expect(acmeRow[column('Due')]).toBe('2026-11-13')
    // No round yet: nothing to plan.
    expect(globexRow[column('Next step')]).toBe('')
    expect(globexRow[column('Due')]).toBe('')
  })

  it('leaves the next step empty once the plan has stopped (offer)', async () => {
    const c = await core('2026-11-14')
    const acme = await value<{ id: string }>(c.invoke('processes.create', { company: 'Acme', role: 'Analyst' }))
    await value(c.invoke('rounds.save', { processId: acme.id, round: { label: 'R1', date: '2026-11-12', time: '', format: 'video', location: '' } }))
    await value(c.invoke('processes.move', { id: acme.id, stage: 'offer' }))
    const { csv } = await value<{ csv: string }>(c.invoke('data.exportCsv', undefined))
    const row = csv.trim().split('\r\n')[1].split(',')
    expect(row.slice(2, 3)).toEqual(['Offer'])
    expect(row.slice(8, 10)).toEqual(['', ''])
  })
})
