import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { fsError, makeProcess, tempDir, track } from './helpers'

const day = (n: number) => () => new Date(Date.UTC(2026, 2, n, 12))

describe('data store: backups', () => {
  it('takes at most one daily backup per day and keeps only the newest N', async () => {
    const dir = await tempDir()
    for (let n = 1; n <= 6; n++) {
      const s = await openStore({ dir, now: day(n), backupsToKeep: 3 })
      await s.createProcess(makeProcess(`d${n}`))
      await s.close()
      const again = await openStore({ dir, now: day(n), backupsToKeep: 3 })
      await again.close()
    }
    const store = track(await openStore({ dir, now: day(6), backupsToKeep: 3 }))
    const list = await store.listBackups()
    expect(list.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-03-06', '2026-03-05', '2026-03-04'])
    expect(list.every((b) => b.reason === 'daily' && b.sizeBytes > 0)).toBe(true)
    expect(await readdir(path.join(dir, 'backups'))).toHaveLength(3)
  })

  it('the daily backup runs after start-up and close() waits for it', async () => {
    const dir = await tempDir()
    const s = await openStore({ dir, now: day(1) })
    await s.createProcess(makeProcess('b1'))
    await s.close()
    const s2 = await openStore({ dir, now: day(2) })
    await s2.close()
    const list = await s2.listBackups()
    expect(list[0].reason).toBe('daily')
    expect(await readdir(path.join(dir, 'backups', list[0].id, 'processes'))).not.toHaveLength(0)
  })

  it('restores a backup, after backing up what it replaces', async () => {
    const dir = await tempDir()
    const s = await openStore({ dir, now: day(1) })
    await s.createProcess(makeProcess('before'))
    await s.saveNotes('before', 'before-r1', 'old notes')
    await s.close()
    const store = track(await openStore({ dir, now: day(2) }))
    await store.deleteProcess('before')
    await store.createProcess(makeProcess('after'))
    const [daily] = await store.listBackups()
    expect(daily.createdAt.startsWith('2026-03-02')).toBe(true)
    await store.restoreBackup(daily.id)
    expect(store.listProcesses().map((p) => p.id)).toEqual(['before'])
    expect(await store.getNotes('before', 'before-r1')).toBe('old notes')
    expect(await store.searchNotes('old')).toEqual(['before'])
    const reasons = (await store.listBackups()).map((b) => b.reason)
    expect(reasons[0]).toBe('pre-restore')
    await expect(store.restoreBackup('../../etc')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses a damaged backup and changes nothing', async () => {
    const dir = await tempDir()
    const s = await openStore({ dir, now: day(1) })
    await s.createProcess(makeProcess('p'))
    await s.close()
    const store = track(await openStore({ dir, now: day(2) }))
    const [daily] = await store.listBackups()
    const shards = await readdir(path.join(dir, 'backups', daily.id, 'processes'))
    expect(shards).toHaveLength(1)
    await writeFile(path.join(dir, 'backups', daily.id, 'processes', shards[0]), '{"rec')
    await store.createProcess(makeProcess('newer'))
    await expect(store.restoreBackup(daily.id)).rejects.toMatchObject({ code: 'invalid' })
    expect(store.listProcesses().map((p) => p.id).sort()).toEqual(['newer', 'p'])
  })

  it('a failed daily backup is reported, and the data is unaffected', async () => {
    const dir = await tempDir()
    const store = await openStore({
      dir,
      now: day(1),
      fsHooks: {
        beforeWrite: (file) => {
          if (file.includes(`${path.sep}backups${path.sep}`)) throw fsError('ENOSPC')
        }
      }
    })
    await store.createProcess(makeProcess('fine'))
    await store.close()
    expect(store.notices.map((n) => n.kind)).toEqual(['backup-failed'])
    expect(await readdir(path.join(dir, 'backups'))).toEqual([])
  })

  it('a whole-data replace interrupted after its files were staged is finished on the next start', async () => {
    const dir = await tempDir()
    const s1 = await openStore({ dir, now: day(1) })
    await s1.createProcess(makeProcess('old'))
    await s1.close()
    const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8'))
    await mkdir(path.join(dir, '.staging'), { recursive: true })
    await writeFile(path.join(dir, '.staging', 'meta.json'), JSON.stringify({ ...meta, settings: { ...meta.settings, name: 'Staged' } }))
    await writeFile(path.join(dir, '.staging', 'COMMIT'), JSON.stringify(['meta.json']))
    const store = await openStore({ dir, now: day(1) })
    expect(store.getSettings().name).toBe('Staged')
    expect(store.notices[0].message).toMatch(/finished that change/)
    await store.close()
    await expect(readdir(path.join(dir, '.staging'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('a replace interrupted before it was committed is discarded: the data stays as it was', async () => {
    const dir = await tempDir()
    const s1 = await openStore({ dir, now: day(1) })
    await s1.updateSettings({ name: 'Before' })
    await s1.close()
    await mkdir(path.join(dir, '.staging'), { recursive: true })
    await writeFile(path.join(dir, '.staging', 'meta.json'), '{"half": ')
    const store = track(await openStore({ dir, now: day(1) }))
    expect(store.getSettings().name).toBe('Before')
    expect(store.notices[0].message).toMatch(/Nothing had been replaced yet/)
  })
})
