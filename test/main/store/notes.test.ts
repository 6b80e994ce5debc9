import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore, resolveDataDir } from '../../../src/main/store/data-store'
import { shardOf } from '../../../src/main/store/layout'
import { makeProcess, snapshot, tempDir, track } from './helpers'

describe('data store: notes', () => {
  it('keeps notes out of the process files and reads only the shard it needs', async () => {
    const dir = await tempDir()
    const store = await openStore({ dir })
    await store.createProcess(makeProcess('n1'))
    await store.createProcess(makeProcess('n2'))
    await store.saveNotes('n1', 'n1-r1', 'Talked about the design system migration')
    await store.saveNotes('n2', 'n2-r1', 'Panel liked my portfolio')
    for (const f of await readdir(path.join(dir, 'processes'))) {
      expect(await readFile(path.join(dir, 'processes', f), 'utf8')).not.toMatch(/design system/)
    }
    await store.close()

    const again = track(await openStore({ dir }))
    expect(await again.getNotes('n1', 'n1-r1')).toBe('Talked about the design system migration')
    expect(await again.getNotes('n1', 'no-such-round')).toBe('')
    // Only the one shard was read: the other process's shard is not loaded yet.
    const loaded = (again as unknown as { notesLoads: unknown[] }).notesLoads
    expect(loaded.filter(Boolean)).toHaveLength(1)
    expect(loaded[shardOf('n1')]).toBeDefined()
    await expect(again.getNotes('ghost', 'r')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('searches all notes case-insensitively and follows later saves and deletes', async () => {
    const store = track(await openStore({ dir: await tempDir() }))
    for (const id of ['s1', 's2', 's3']) await store.createProcess(makeProcess(id))
    await store.saveNotes('s1', 's1-r1', 'Mgr asked about KUBERNETES rollouts')
    await store.saveNotes('s2', 's2-r1', 'nothing technical, culture chat')
    expect(await store.searchNotes('kubernetes')).toEqual(['s1'])
    expect(await store.searchNotes('   ')).toEqual([])
    await store.saveNotes('s3', 's3-r1', 'Kubernetes again')
    await store.saveNotes('s1', 's1-r1', 'rewritten: only culture now')
    expect(await store.searchNotes('Kubernetes')).toEqual(['s3'])
    expect((await store.searchNotes('CULTURE')).sort()).toEqual(['s1', 's2'])
    await store.deleteProcess('s2')
    expect(await store.searchNotes('culture')).toEqual(['s1'])
    await store.saveNotes('s1', 's1-r1', '')
    expect(await store.searchNotes('culture')).toEqual([])
  })

  it('saves 1 MB of notes, refuses text over the limit and notes for unknown interviews', async () => {
    const dir = await tempDir()
    const store = await openStore({ dir })
    await store.createProcess(makeProcess('big'))
    const mb = 'é🚀 note '.repeat(110_000)
    await store.saveNotes('big', 'big-r1', mb)
    await expect(store.saveNotes('big', 'big-r1', 'x'.repeat(2_000_001))).rejects.toMatchObject({ code: 'invalid' })
    await expect(store.saveNotes('nobody', 'r1', 'hi')).rejects.toMatchObject({ code: 'not-found' })
    await expect(store.saveNotes('big', '../../etc', 'hi')).rejects.toMatchObject({ code: 'invalid' })
    await store.close()
    const again = track(await openStore({ dir }))
    expect(await again.getNotes('big', 'big-r1')).toBe(mb)
  })
})

describe('data store: export and import', () => {
  it('round-trips everything through exportAll and importAll', async () => {
    const a = track(await openStore({ dir: await tempDir() }))
    await a.createProcess(makeProcess('e1'))
    await a.createProcess(makeProcess('e2', { stage: 'offer' }))
    await a.saveNotes('e1', 'e1-r1', 'Notes for e1')
    await a.updateSettings({ name: 'Sam' })
    const exported = await a.exportAll()
    expect(exported).toMatchObject({ app: 'afterview', schemaVersion: 1, notes: { 'e1-r1': 'Notes for e1' } })

    const dirB = await tempDir()
    const b = await openStore({ dir: dirB })
    await b.createProcess(makeProcess('old'))
    await b.importAll(JSON.parse(JSON.stringify(exported)))
    expect(b.listProcesses().map((p) => p.id).sort()).toEqual(['e1', 'e2'])
    expect((await b.listBackups()).map((x) => x.reason)).toContain('pre-import')
    await b.close()
    const b2 = track(await openStore({ dir: dirB }))
    expect(b2.getSettings().name).toBe('Sam')
    expect(await b2.getNotes('e1', 'e1-r1')).toBe('Notes for e1')
    expect(b2.getProcess('old')).toBeUndefined()
  })

  it('previews what an import would change without changing anything', async () => {
    const store = track(await openStore({ dir: await tempDir() }))
    await store.createProcess(makeProcess('same'))
    await store.createProcess(makeProcess('edit'))
    await store.createProcess(makeProcess('gone', { company: 'Gone Inc' }))
    await store.saveNotes('same', 'same-r1', 'kept')
    const file = await store.exportAll()
    file.processes = [
      file.processes.find((p) => p.id === 'same')!,
      { ...file.processes.find((p) => p.id === 'edit')!, stage: 'offer' },
      makeProcess('new', { company: 'New Co', role: 'Lead' })
    ]
    file.notes = { 'same-r1': 'kept, then edited' }
    const preview = await store.previewImport(file)
    expect(preview).toEqual({
      added: ['New Co — Lead'],
      removed: ['Gone Inc — Product Designer'],
      changed: ['Company edit — Product Designer'],
      unchanged: 1,
      notesChanged: 1,
      settingsChanged: false
    })
    expect(store.listProcesses()).toHaveLength(3)
    await expect(store.previewImport({ ...file, schemaVersion: 2 })).rejects.toMatchObject({ code: 'newer-version' })
  })

  it('refuses a bad import with a clear message and changes nothing', async () => {
    const dir = await tempDir()
    const store = track(await openStore({ dir }))
    await store.createProcess(makeProcess('keep'))
    const good = await store.exportAll()
    const bad = structuredClone(good)
    bad.processes.push({ ...makeProcess('bad'), rounds: [{ ...makeProcess('bad').rounds[0], date: 'soon' }] })
    await expect(store.importAll(bad)).rejects.toThrow(/Interview 2 \(Company bad\).*rounds\.0\.date/)
    await expect(store.importAll({ ...good, processes: [makeProcess('d'), makeProcess('d')] })).rejects.toThrow(/share the id/)
    await expect(store.importAll({ ...good, notes: { ghost: 'x' } })).rejects.toThrow(/no interview in it has/)
    await expect(store.importAll({ ...good, schemaVersion: 9 })).rejects.toMatchObject({ code: 'newer-version' })
    await expect(store.importAll({ hello: 1 } as never)).rejects.toMatchObject({ code: 'invalid' })
    expect(store.listProcesses().map((p) => p.id)).toEqual(['keep'])
    expect(await store.listBackups()).toHaveLength(1) // only the daily one: no pre-import backup
  })

  it('an import that fails half-way on a full disk changes no file and nothing in memory', async () => {
    const dir = await tempDir()
    let failAfter = Infinity
    const store = track(
      await openStore({
        dir,
        fsHooks: {
          beforeWrite: (file) => {
            if (/[\\/]notes[\\/]/.test(file) && !file.includes('backups') && failAfter-- <= 0) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
          }
        }
      })
    )
    for (const id of ['k1', 'k2', 'k3']) {
      await store.createProcess(makeProcess(id))
      await store.saveNotes(id, `${id}-r1`, `notes of ${id}`)
    }
    await store.listBackups() // let the start-up backup finish before taking the snapshot
    const incoming = await store.exportAll()
    incoming.processes = [makeProcess('new1'), makeProcess('new2')]
    incoming.notes = { 'new1-r1': 'other notes' }
    const before = await snapshot(dir, ['backups'])
    failAfter = 1
    await expect(store.importAll(incoming)).rejects.toMatchObject({ code: 'io' })
    failAfter = Infinity
    expect(store.listProcesses().map((p) => p.id)).toEqual(['k1', 'k2', 'k3'])
    expect(await store.getNotes('k2', 'k2-r1')).toBe('notes of k2')
    expect(await snapshot(dir, ['backups'])).toEqual(before)
  })
})

describe('resolveDataDir', () => {
  it('uses AFTERVIEW_DATA_DIR when set, the default otherwise', () => {
    const saved = process.env.AFTERVIEW_DATA_DIR
    try {
      delete process.env.AFTERVIEW_DATA_DIR
      expect(resolveDataDir('/home/u/.config/Afterview')).toBe('/home/u/.config/Afterview')
      process.env.AFTERVIEW_DATA_DIR = 'relative/data'
      expect(resolveDataDir('/home/u/.config/Afterview')).toBe(path.resolve('relative/data'))
    } finally {
      if (saved === undefined) delete process.env.AFTERVIEW_DATA_DIR
      else process.env.AFTERVIEW_DATA_DIR = saved
    }
  })
})
