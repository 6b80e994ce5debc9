import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { nodeFs, type StoreFs } from '../../../src/main/store/file-system'
import { fsError, makeProcess, snapshot, tempDir, track } from './helpers'

const NOW = () => new Date('2026-03-10T09:00:00.000Z')
const IDS = Array.from({ length: 12 }, (_, i) => `g${i}`)

/** node:fs with every fsync counted (file or folder), and a switch that makes fsync fail. */
function countingFs(): { fs: StoreFs; syncs: string[]; failSyncs: { on: boolean } } {
  const syncs: string[] = []
  const failSyncs = { on: false }
  const fs: StoreFs = {
    ...nodeFs,
    open: async (file, flags) => {
      const handle = await nodeFs.open(file, flags)
      return {
        writeFile: (data) => handle.writeFile(data),
        sync: async () => {
          if (failSyncs.on) throw fsError('EIO')
          syncs.push(`file ${path.basename(file).replace(/\.tmp-.*/, '')}`)
          await handle.sync()
        },
        close: () => handle.close()
      }
    },
    syncDir: async (dir) => {
      syncs.push(`dir ${path.basename(dir)}`)
      await nodeFs.syncDir(dir)
    }
  }
  return { fs, syncs, failSyncs }
}

async function seededStore() {
  const dir = await tempDir()
  const counting = countingFs()
  const store = track(await openStore({ dir, now: NOW, fs: counting.fs }))
  for (const id of IDS) await store.createProcess(makeProcess(id))
  await store.listBackups() // the day's backup is done before counting
  counting.syncs.length = 0
  return { dir, store, ...counting }
}

describe('data store: group commit', () => {
  it('saves queued together share one flush: one fsync per file and one per folder, then all are acknowledged', async () => {
    const { store, syncs } = await seededStore()
    const acknowledged: number[] = []
    await Promise.all(
      IDS.map((id) =>
        store
          .updateProcess(id, (p) => {
            p.decisionPhrase = 'batched'
          })
          .then(() => acknowledged.push(syncs.length))
      )
    )
    const shardFiles = new Set(syncs.filter((s) => s.startsWith('file')))
    expect(syncs.filter((s) => s.startsWith('file'))).toHaveLength(shardFiles.size)
    expect(syncs.filter((s) => s === 'dir processes')).toHaveLength(1)
    // No save was acknowledged before the folder fsync that made all of them durable.
    expect(acknowledged.every((n) => n === syncs.length)).toBe(true)

    syncs.length = 0
    for (const id of IDS) await store.updateProcess(id, (p) => void (p.decisionPhrase = 'one by one'))
    expect(syncs.filter((s) => s === 'dir processes')).toHaveLength(IDS.length)
  })

  it('a failed flush fails every save of the batch and undoes them in memory; the files are untouched', async () => {
    const { dir, store, failSyncs } = await seededStore()
    const before = await snapshot(dir)
    failSyncs.on = true
    const results = await Promise.allSettled([
      store.updateProcess('g1', (p) => void (p.decisionPhrase = 'lost')),
      store.saveNotes('g2', 'g2-r1', 'never saved'),
      store.updateSettings({ name: 'Never' }),
      store.deleteProcess('g3'),
      store.createProcess(makeProcess('fresh'))
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected'])
    expect(store.getProcess('fresh')).toBeUndefined()
    expect(store.listProcesses()).toHaveLength(IDS.length)
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'io' })
    expect(store.getProcess('g1')!.decisionPhrase).toBe('')
    expect(store.getProcess('g3')).toBeDefined()
    expect(store.getSettings().name).not.toBe('Never')
    expect(await store.searchNotes('never saved')).toEqual([])
    expect(await store.getNotes('g2', 'g2-r1')).toBe('')
    expect(await snapshot(dir)).toEqual(before)
    failSyncs.on = false
    await store.updateProcess('g1', (p) => void (p.decisionPhrase = 'later'))
    expect(store.getProcess('g1')!.decisionPhrase).toBe('later')
  })
})
