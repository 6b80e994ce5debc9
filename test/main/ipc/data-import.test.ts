import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCore, type Core } from '../../../src/main/core'
import { recordingPlatform, type PlatformRecord } from './fuzz-support'

// data.import previews with the store's own check (so what previews fine imports fine), migrates
// older exports, and data.export writes the file from main.

const FIXTURE_V0 = path.resolve(__dirname, '../../fixtures/schema-v0/db.json')
const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined)
})

async function openCore(record: PlatformRecord = { opened: [], clipboard: 0, saved: 0 }): Promise<Core> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-import-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  const core = await startCore({ dataDir: dir, platform: recordingPlatform(record), appVersion: '0', today: '2026-03-10', reminders: false })
  cleanups.push(() => core.close())
  return core
}

describe('data.import', () => {
  it('refuses at preview what the store would refuse at import (duplicate ids), changing nothing', async () => {
    const core = await openCore()
    const created = await core.invoke('processes.create', { company: 'Lumen', role: 'Designer' })
    expect(created.ok).toBe(true)
    const process = (created as { value: Record<string, unknown> }).value
    const settings = ((await core.invoke('settings.get', undefined)) as { value: unknown }).value
    const file = { app: 'afterview', schemaVersion: 1, settings, processes: [process, { ...process, role: 'Twin' }], notes: {} }
    const preview = await core.invoke('data.import', { json: JSON.stringify(file), apply: false })
    expect(preview.ok).toBe(false)
    const list = (await core.invoke('processes.list', undefined)) as { value: unknown[] }
    expect(list.value).toHaveLength(1)
  })

  it('previews added, changed and removed interviews by name, then applies', async () => {
    const core = await openCore()
    const a = ((await core.invoke('processes.create', { company: 'Lumen', role: 'Designer' })) as { value: Record<string, unknown> }).value
    const b = ((await core.invoke('processes.create', { company: 'Acme', role: 'PM' })) as { value: Record<string, unknown> }).value
    const settings = ((await core.invoke('settings.get', undefined)) as { value: unknown }).value
    const fresh = { ...b, id: 'imported-1', company: 'Northwind', role: 'Engineer' }
    const file = { app: 'afterview', schemaVersion: 1, settings, processes: [{ ...a, role: 'Lead designer' }, fresh], notes: {} }
    const preview = await core.invoke('data.import', { json: JSON.stringify(file), apply: false })
    expect(preview).toMatchObject({
      ok: true,
      value: { added: ['Northwind — Engineer'], changed: ['Lumen — Lead designer'], removed: ['Acme — PM'], applied: false }
    })
    const applied = await core.invoke('data.import', { json: JSON.stringify(file), apply: true })
    expect(applied).toMatchObject({ ok: true, value: { applied: true } })
    const list = (await core.invoke('processes.list', undefined)) as { value: { company: string }[] }
    expect(list.value.map((p) => p.company).sort()).toEqual(['Lumen', 'Northwind'])
  })

  it('migrates a schema-0 export before previewing it', async () => {
    const core = await openCore()
    const v0 = JSON.parse(await readFile(FIXTURE_V0, 'utf8'))
    const file = { app: 'afterview', schemaVersion: 0, ...v0, notes: v0.notes ?? {} }
    const preview = await core.invoke('data.import', { json: JSON.stringify(file), apply: false })
    expect(preview.ok).toBe(true)
    expect((preview as { value: { added: string[] } }).value.added).toHaveLength(v0.processes.length)
  })
})

describe('data.export', () => {
  it('saves the file from main and answers only whether it was saved', async () => {
    const record: PlatformRecord = { opened: [], clipboard: 0, saved: 0 }
    const core = await openCore(record)
    const result = await core.invoke('data.export', undefined)
    expect(result).toEqual({ ok: true, value: { saved: true, path: 'fuzz://file' } })
    expect(record.saved).toBe(1)
  })
})
