import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { shardOf } from '../../../src/main/store/layout'
import { StoreError } from '../../../src/main/store/types'
import { makeProcess, steppingClock, tempDir, track } from './helpers'

describe('data store: processes', () => {
  it('creates, updates and deletes, and keeps every change across a reopen', async () => {
    const dir = await tempDir()
    const store = await openStore({ dir, now: steppingClock() })
    await store.createProcess(makeProcess('a1'))
    await store.createProcess(makeProcess('b2'))
    const updated = await store.updateProcess('a1', (p) => {
      p.stage = 'waiting'
      p.company = '  Acme  '
    })
    expect(updated.stage).toBe('waiting')
    expect(updated.company).toBe('Acme')
    expect(updated.updatedAt).not.toBe('2026-03-01T10:00:00.000Z')
    await store.deleteProcess('b2')
    await store.close()

    const again = track(await openStore({ dir }))
    expect(again.listProcesses().map((p) => p.id)).toEqual(['a1'])
    expect(again.getProcess('a1')).toMatchObject({ stage: 'waiting', company: 'Acme' })
    expect(again.notices).toEqual([])
  })

  it('rewrites only the shard that holds the changed process', async () => {
    const dir = await tempDir()
    const store = track(await openStore({ dir }))
    const ids = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6']
    for (const id of ids) await store.createProcess(makeProcess(id))
    const before = new Map<string, string>()
    for (const f of await readdir(path.join(dir, 'processes'))) before.set(f, await readFile(path.join(dir, 'processes', f), 'utf8'))
    await store.updateProcess('x3', (p) => ({ ...p, role: 'Staff Designer' }))
    const changed: string[] = []
    for (const f of await readdir(path.join(dir, 'processes'))) {
      if ((await readFile(path.join(dir, 'processes', f), 'utf8')) !== before.get(f)) changed.push(f)
    }
    expect(changed).toEqual([`${String(shardOf('x3')).padStart(2, '0')}.json`])
  })

  it('loses none of 1,000 concurrent updates to one process', async () => {
    const store = track(await openStore({ dir: await tempDir() }))
    await store.createProcess(makeProcess('busy'))
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        store.updateProcess('busy', (p) => {
          p.planEvents.push({ kind: 'snooze', step: 'status-check', date: '2026-03-20', roundId: `n${i}` })
        })
      )
    )
    const events = store.getProcess('busy')!.planEvents
    expect(events).toHaveLength(1000)
    expect(new Set(events.map((e) => e.roundId)).size).toBe(1000)
  }, 30_000)

  it('refuses an invalid change with a clear message and changes nothing', async () => {
    const dir = await tempDir()
    const store = track(await openStore({ dir }))
    await store.createProcess(makeProcess('v1'))
    const file = path.join(dir, 'processes', `${String(shardOf('v1')).padStart(2, '0')}.json`)
    const bytes = await readFile(file, 'utf8')
    const err = await store
      .updateProcess('v1', (p) => {
        p.company = ''
        p.rounds[0].date = '2026-02-30'
      })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StoreError)
    expect((err as StoreError).code).toBe('invalid')
    expect((err as StoreError).message).toMatch(/company: A company name is needed/)
    expect(store.getProcess('v1')!.company).toBe('Company v1')
    expect(await readFile(file, 'utf8')).toBe(bytes)
    await expect(store.updateProcess('v1', (p) => ({ ...p, id: 'other' }))).rejects.toMatchObject({ code: 'invalid' })
    await expect(store.createProcess(makeProcess('v1'))).rejects.toMatchObject({ code: 'invalid' })
    await expect(store.createProcess(makeProcess('v2', { company: 'x'.repeat(10_000) }))).rejects.toThrow(/under 200 characters/)
    await expect(store.updateProcess('missing', () => undefined)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('gives the callback a copy: changing it and then throwing changes nothing', async () => {
    const store = track(await openStore({ dir: await tempDir() }))
    await store.createProcess(makeProcess('c1'))
    await expect(
      store.updateProcess('c1', (p) => {
        p.stage = 'offer'
        throw new Error('changed my mind')
      })
    ).rejects.toThrow('changed my mind')
    expect(store.getProcess('c1')!.stage).toBe('interviewed')
  })

  it('keeps emoji, right-to-left text and HTML exactly as typed', async () => {
    const dir = await tempDir()
    const store = await openStore({ dir })
    const company = '<img src=x onerror=alert(1)> שלום 🚀'
    await store.createProcess(makeProcess('t1', { company }))
    await store.close()
    const again = track(await openStore({ dir }))
    expect(again.getProcess('t1')!.company).toBe(company)
  })
})

describe('data store: settings and reminders', () => {
  it('validates settings patches and persists them and notified keys', async () => {
    const dir = await tempDir()
    const store = await openStore({ dir })
    await store.updateSettings({ name: 'Dana', country: 'GB' })
    await expect(store.updateSettings({ reminderTime: '25:00' })).rejects.toMatchObject({ code: 'invalid' })
    await store.addNotified(['p1:r1:thank-you', 'p1:r1:status-check'])
    await store.addNotified(['p1:r1:thank-you'])
    await store.close()
    const again = track(await openStore({ dir }))
    expect(again.getSettings()).toMatchObject({ name: 'Dana', country: 'GB', reminderTime: '09:00' })
    expect([...again.getNotified()]).toEqual(['p1:r1:thank-you', 'p1:r1:status-check'])
  })
})
