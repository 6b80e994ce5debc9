import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { StoreIo } from '../../../src/main/store/durable-io'
import { StoredFile } from '../../../src/main/store/json-file'
import { shardOf } from '../../../src/main/store/layout'
import { fsError, makeProcess, snapshot, tempDir, track } from './helpers'

const DAY1 = () => new Date('2026-03-10T09:00:00.000Z')
const DAY2 = () => new Date('2026-03-11T09:00:00.000Z')
const DAY3 = () => new Date('2026-03-12T09:00:00.000Z')
const shardFile = (dir: string, kind: 'processes' | 'notes', id: string) => path.join(dir, kind, `${String(shardOf(id)).padStart(2, '0')}.json`)

/** A data folder with two interviews and notes, and a daily backup holding them. */
async function seeded(): Promise<string> {
  const dir = await tempDir()
  const s1 = await openStore({ dir, now: DAY1 })
  await s1.createProcess(makeProcess('p1'))
  await s1.createProcess(makeProcess('p2', { company: 'Globex' }))
  await s1.saveNotes('p1', 'p1-r1', 'They use Rust in production')
  await s1.updateSettings({ name: 'Robin' })
  await s1.close()
  await (await openStore({ dir, now: DAY2 })).close() // takes the day-2 backup, with the data
  return dir
}

async function corruptFiles(dir: string): Promise<string[]> {
  return readdir(path.join(dir, 'corrupt')).catch(() => [])
}

describe('data store: damaged files', () => {
  it('truncated process file: kept aside, restored from the newest good backup, user told', async () => {
    const dir = await seeded()
    const file = shardFile(dir, 'processes', 'p1')
    const original = await readFile(file, 'utf8')
    await writeFile(file, original.slice(0, original.length / 2))
    const store = track(await openStore({ dir, now: DAY3 }))
    expect(store.getProcess('p1')?.company).toBe('Company p1')
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0].kind).toBe('recovered')
    expect(store.notices[0].message).toMatch(/cut short.*kept at corrupt\/processes-\d\d-.*restored from the backup of March 11, 2026/)
    const [kept] = await corruptFiles(dir)
    expect(await readFile(path.join(dir, 'corrupt', kept), 'utf8')).toBe(original.slice(0, original.length / 2))
  })

  it('garbage bytes in a notes file: found when first read, restored, the damaged copy kept', async () => {
    const dir = await seeded()
    await writeFile(shardFile(dir, 'notes', 'p1'), Buffer.from([0xff, 0x00, 0x7b, 0x22, 0x13, 0x37]))
    const store = track(await openStore({ dir, now: DAY3 }))
    expect(store.notices).toEqual([])
    expect(await store.getNotes('p1', 'p1-r1')).toBe('They use Rust in production')
    expect(store.notices[0].message).toMatch(/not valid JSON/)
    expect(await corruptFiles(dir)).toHaveLength(1)
  })

  it('valid JSON of the wrong shape is treated as damaged, never used or overwritten', async () => {
    const dir = await seeded()
    await writeFile(path.join(dir, 'meta.json'), '[1, 2, 3]')
    await writeFile(shardFile(dir, 'processes', 'p2'), '{"records": []}')
    const store = track(await openStore({ dir, now: DAY3 }))
    expect(store.getSettings().name).toBe('Robin')
    expect(store.getProcess('p2')?.company).toBe('Globex')
    expect(store.notices.filter((n) => n.kind === 'recovered')).toHaveLength(2)
    const kept = await corruptFiles(dir)
    expect(kept.sort().map((k) => k.replace(/-2026.*/, ''))).toEqual(['meta', `processes-${String(shardOf('p2')).padStart(2, '0')}`])
  })

  it('with no backup at all, starts that file empty, says so, and keeps the damaged file', async () => {
    const dir = await tempDir()
    const s = await openStore({ dir, now: DAY1 })
    await s.createProcess(makeProcess('lonely'))
    await s.close()
    await rm(path.join(dir, 'backups'), { recursive: true })
    await writeFile(shardFile(dir, 'processes', 'lonely'), '{"checksum":"ab')
    const store = track(await openStore({ dir, now: DAY1 }))
    expect(store.listProcesses()).toEqual([])
    expect(store.notices[0].message).toMatch(/no backup had a good copy/)
    expect(await corruptFiles(dir)).toHaveLength(1)
  })

  it('hand-edited records: missing or mistyped fields get safe defaults, unrepairable ones are set aside', async () => {
    const dir = await seeded()
    const file = shardFile(dir, 'processes', 'p1')
    const { records } = JSON.parse(await readFile(file, 'utf8'))
    delete records.p1.messages
    records.p1.stage = 5
    records.p1.company = 'C'.repeat(300)
    records.broken = { company: 'No id here' }
    await writeFile(file, JSON.stringify({ records }, null, 2)) // pretty-printed by an editor, no checksum
    const store = track(await openStore({ dir, now: DAY3 }))
    const p1 = store.getProcess('p1')!
    expect(p1.messages).toEqual([])
    expect(p1.stage).toBe('scheduled')
    expect(p1.company).toBe('C'.repeat(200))
    expect(store.listProcesses()).toHaveLength(2)
    expect(store.notices[0].message).toMatch(/messages was missing, now a list/)
    expect(store.notices[0].message).toMatch(/set aside/)
    const [kept] = await corruptFiles(dir)
    const originals = JSON.parse(await readFile(path.join(dir, 'corrupt', kept), 'utf8'))
    expect(originals).toEqual(expect.arrayContaining([expect.objectContaining({ company: 'No id here' }), expect.objectContaining({ id: 'p1', stage: 5 })]))
    // The repaired shard was rewritten, so the next start is clean and quiet.
    await store.close()
    const again = track(await openStore({ dir, now: DAY3 }))
    expect(again.notices).toEqual([])
    expect(again.getProcess('p1')!.messages).toEqual([])
  })

  it('files the store wrote are trusted at start-up (their checksum matches), so records are not re-validated', async () => {
    const dir = await seeded()
    const file = new StoredFile<Record<string, unknown>>(shardFile(dir, 'processes', 'p1'), {}, 'checksummed', new StoreIo())
    expect(await file.load()).toBe('ok')
    expect(file.trusted).toBe(true)
    expect(Object.keys(file.data)).toContain('p1')
  })

  it('an edit that keeps the old checksum is caught: the record is checked and repaired', async () => {
    const dir = await seeded()
    const file = shardFile(dir, 'processes', 'p1')
    const text = await readFile(file, 'utf8')
    expect(text).toMatch(/^\{"checksum":"[0-9a-f]{40}","records":/)
    await writeFile(file, text.replace('"stage":"interviewed"', '"stage":"hired!"'))
    const store = track(await openStore({ dir, now: DAY3 }))
    expect(store.getProcess('p1')!.stage).toBe('scheduled')
    expect(store.notices[0].message).toMatch(/stage was "hired!", now "scheduled"/)
  })

  it('data from a newer version is refused with a clear message and left byte-identical', async () => {
    const dir = await seeded()
    const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8'))
    await writeFile(path.join(dir, 'meta.json'), JSON.stringify({ ...meta, schemaVersion: 7, somethingNew: true }))
    const before = await snapshot(dir)
    await expect(openStore({ dir, now: DAY3 })).rejects.toMatchObject({
      code: 'newer-version',
      message:
        'This data was written by a newer version of Afterview (schema 7); this version understands up to 1. Update Afterview to open it.'
    })
    expect(await snapshot(dir)).toEqual(before)
  })

  it('a missing backups folder is fine: it is recreated with the day’s backup', async () => {
    const dir = await seeded()
    await rm(path.join(dir, 'backups'), { recursive: true })
    const store = await openStore({ dir, now: DAY3 })
    await store.close()
    expect((await store.listBackups()).map((b) => b.reason)).toEqual(['daily'])
    expect(store.notices).toEqual([])
  })
})

describe('data store: the disk refuses writes', () => {
  it('a read-only data folder opens read-only with a clear notice instead of crashing', async () => {
    const dir = await seeded()
    const before = await snapshot(dir)
    // Tests run as root here, where chmod 0o500 does not stop writes, so the refusal is injected
    // at the store's write hook with the error the OS would give.
    const store = track(
      await openStore({
        dir,
        now: DAY3,
        fsHooks: {
          beforeWrite: () => {
            throw fsError('EACCES')
          }
        }
      })
    )
    expect(store.readOnly).toBe(true)
    expect(store.notices[0]).toMatchObject({ kind: 'read-only' })
    expect(store.notices[0].message).toMatch(/not allowed to write to the data folder .* \(EACCES\)/)
    expect(store.getProcess('p2')?.company).toBe('Globex')
    expect(await store.getNotes('p1', 'p1-r1')).toBe('They use Rust in production')
    await expect(store.updateProcess('p1', () => undefined)).rejects.toMatchObject({ code: 'read-only' })
    await store.close()
    expect(await snapshot(dir)).toEqual(before)
  })

  it.skipIf(process.getuid?.() === 0)('a folder made read-only with chmod 0o500 opens read-only (skipped as root: root ignores it)', async () => {
    const dir = await seeded()
    await chmod(dir, 0o500)
    try {
      const store = track(await openStore({ dir, now: DAY3 }))
      expect(store.readOnly).toBe(true)
      expect(store.getProcess('p1')).toBeDefined()
      await expect(store.saveNotes('p1', 'p1-r1', 'x')).rejects.toMatchObject({ code: 'read-only' })
    } finally {
      await chmod(dir, 0o700)
    }
  })

  it('a full disk (ENOSPC) fails the save with a clear error; memory and files stay as they were', async () => {
    const dir = await seeded()
    let diskFull = false
    // Day 2 already has its backup, so nothing else writes while we compare files.
    const s = track(
      await openStore({
        dir,
        now: DAY2,
        fsHooks: {
          beforeWrite: () => {
            if (diskFull) throw fsError('ENOSPC')
          }
        }
      })
    )
    const before = await snapshot(dir)
    diskFull = true
    const err = await s.updateProcess('p1', (p) => ({ ...p, stage: 'offer' })).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'io' })
    expect((err as Error).message).toMatch(/disk is full.*nothing already saved was lost/)
    await expect(s.saveNotes('p1', 'p1-r1', 'new text')).rejects.toMatchObject({ code: 'io' })
    await expect(s.updateSettings({ name: 'Lee' })).rejects.toMatchObject({ code: 'io' })
    await expect(s.createProcess(makeProcess('p3'))).rejects.toMatchObject({ code: 'io' })
    expect(s.getProcess('p1')!.stage).toBe('interviewed')
    expect(s.getProcess('p3')).toBeUndefined()
    expect(s.getSettings().name).toBe('Robin')
    expect(await s.getNotes('p1', 'p1-r1')).toBe('They use Rust in production')
    const after = await snapshot(dir)
    for (const [rel, bytes] of before) expect(after.get(rel), rel).toBe(bytes)
    diskFull = false
    await s.updateProcess('p1', (p) => ({ ...p, stage: 'offer' }))
    expect(s.getProcess('p1')!.stage).toBe('offer')
  })
})
