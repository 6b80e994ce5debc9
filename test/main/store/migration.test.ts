import { copyFile, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, openStore } from '../../../src/main/store/data-store'
import { migrate } from '../../../src/main/store/migrations'
import * as m1 from '../../../src/main/store/migrations/1'
import { makeProcess, snapshot, tempDir, track } from './helpers'

const FIXTURE = path.resolve(__dirname, '../../fixtures/schema-v0/db.json')
const NOW = () => new Date('2026-03-10T09:00:00.000Z')
type Obj = Record<string, unknown>

async function v0Folder(): Promise<{ dir: string; v0: { settings: Obj; notified: string[]; processes: Obj[] } }> {
  const dir = await tempDir()
  await copyFile(FIXTURE, path.join(dir, 'db.json'))
  return { dir, v0: JSON.parse(await readFile(FIXTURE, 'utf8')) }
}

describe('data store: migrations', () => {
  it('the current schema is 1', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1)
  })

  it('migrates the first released schema with every field intact', async () => {
    const { dir, v0 } = await v0Folder()
    const store = track(await openStore({ dir, now: NOW }))
    expect(store.notices.map((n) => n.kind)).toEqual(['migrated'])
    expect(store.notices[0].message).toMatch(/schema 0 to 1.*backups\/2026-03-10T09-00-00-000Z-pre-migration/)

    for (const [key, value] of Object.entries(v0.settings)) expect((store.getSettings() as unknown as Obj)[key]).toEqual(value)
    expect(store.getSettings()).toMatchObject({ region: '', openAtLogin: false, onboarded: true, policy: { statusCheckDays: 7 } })
    expect([...store.getNotified()]).toEqual(v0.notified)

    expect(store.listProcesses()).toHaveLength(v0.processes.length)
    for (const old of v0.processes) {
      const now = store.getProcess(old.id as string)! as unknown as Obj
      for (const [key, value] of Object.entries(old)) {
        if (key === 'rounds' || key === 'messages') continue
        expect(now[key], `${old.id}.${key}`).toEqual(value)
      }
      const rounds = now.rounds as Obj[]
      for (const [i, oldRound] of (old.rounds as Obj[]).entries()) {
        for (const [key, value] of Object.entries(oldRound)) {
          if (key === 'notes') expect(await store.getNotes(old.id as string, oldRound.id as string)).toBe(value)
          else if (key === 'format' && value === 'in-person') expect(rounds[i].format).toBe('onsite')
          else expect(rounds[i][key], `${oldRound.id}.${key}`).toEqual(value)
        }
        expect(rounds[i]).toMatchObject({ points: [], reflection: null })
        expect(rounds[i]).not.toHaveProperty('notes')
      }
      const messages = now.messages as Obj[]
      for (const [i, oldMessage] of (old.messages as Obj[]).entries()) expect(messages[i]).toMatchObject(oldMessage)
    }
    const northwind = store.getProcess('p-northwind')!
    expect(northwind).toMatchObject({ decisionPhrase: '', mainContactId: 'u-priya', planEvents: [] })
    expect(northwind.messages.map((m) => m.step)).toEqual(['thank-you', null])

    // The old file went into the pre-migration backup, byte for byte, and left the data folder.
    await expect(stat(path.join(dir, 'db.json'))).rejects.toMatchObject({ code: 'ENOENT' })
    const [backup] = await store.listBackups()
    expect(backup.reason).toBe('pre-migration')
    expect(await readFile(path.join(dir, 'backups', backup.id, 'db.json'), 'utf8')).toBe(await readFile(FIXTURE, 'utf8'))
    expect(JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8')).schemaVersion).toBe(1)
  })

  it('migrating twice is a no-op: a second open changes no byte, and up(up(x)) equals up(x)', async () => {
    const { dir, v0 } = await v0Folder()
    await (await openStore({ dir, now: NOW })).close()
    const after = await snapshot(dir)
    const again = await openStore({ dir, now: NOW })
    expect(again.notices).toEqual([])
    await again.close()
    expect(await snapshot(dir)).toEqual(after)

    const data = { schemaVersion: 0, settings: v0.settings, processes: v0.processes, notes: {}, notified: v0.notified }
    const once = migrate(structuredClone(data))
    expect(m1.up(structuredClone(once))).toEqual(once)
    expect(migrate(structuredClone(once))).toEqual(once)
  })

  it('an empty schema-0 file migrates to a store that takes new data', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'db.json'), '{"settings": {}, "processes": []}')
    const store = await openStore({ dir, now: NOW })
    expect(store.notices.map((n) => n.kind)).toEqual(['recovered', 'migrated']) // empty settings got defaults
    await store.createProcess(makeProcess('first'))
    await store.saveNotes('first', 'first-r1', 'hello')
    await store.close()
    const again = track(await openStore({ dir, now: NOW }))
    expect(await again.getNotes('first', 'first-r1')).toBe('hello')
  })

  it('refuses a schema-0-layout file that says it is from a newer version, untouched', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'db.json'), JSON.stringify({ schemaVersion: 4, processes: [] }))
    const before = await snapshot(dir)
    await expect(openStore({ dir })).rejects.toMatchObject({ code: 'newer-version', message: expect.stringMatching(/schema 4\); this version understands up to 1/) })
    expect(await snapshot(dir)).toEqual(before)
  })

  it('while another program owns the folder, migrates in memory only and leaves the files alone', async () => {
    const { dir } = await v0Folder()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      await writeFile(path.join(dir, 'afterview.lock'), JSON.stringify({ pid: child.pid, startedAt: '' }))
      const before = await snapshot(dir)
      const store = track(await openStore({ dir, now: NOW }))
      expect(store.readOnly).toBe(true)
      expect(store.getProcess('p-northwind')?.rounds[1].format).toBe('onsite')
      expect(await store.getNotes('p-northwind', 'r-nw-1')).toMatch(/decide by Feb 20/)
      await store.close()
      expect(await snapshot(dir)).toEqual(before)
    } finally {
      child.kill('SIGKILL')
    }
  })
})
