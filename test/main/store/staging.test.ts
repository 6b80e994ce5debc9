import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { nodeFs } from '../../../src/main/store/file-system'
import { makeProcess, tempDir, track } from './helpers'

const NOW = () => new Date('2026-03-10T09:00:00.000Z')

/** A data folder holding "Kept" data and a staged replacement whose COMMIT holds `commit`. */
async function interruptedSwap(commit: string): Promise<string> {
  const dir = await tempDir()
  const s1 = await openStore({ dir, now: NOW })
  await s1.createProcess(makeProcess('kept'))
  await s1.updateSettings({ name: 'Kept' })
  await s1.close()
  const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8'))
  await mkdir(path.join(dir, '.staging'), { recursive: true })
  await writeFile(path.join(dir, '.staging', 'meta.json'), JSON.stringify({ ...meta, settings: { ...meta.settings, name: 'Staged' } }))
  await writeFile(path.join(dir, '.staging', 'COMMIT'), commit)
  return dir
}

describe('data store: a whole-data swap with a damaged COMMIT', () => {
  it.each([
    ['empty', ''],
    ['cut short', '["meta.json","proc'],
    ['not a list of names', '{"files": 3}']
  ])('a COMMIT that is %s means "not committed": the old data opens, with a notice', async (what, commit) => {
    const dir = await interruptedSwap(commit)
    const store = track(await openStore({ dir, now: NOW }))
    expect(store.getSettings().name).toBe('Kept')
    expect(store.getProcess('kept')).toBeDefined()
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0]).toMatchObject({ kind: 'recovered' })
    expect(store.notices[0].message).toMatch(/could not read \.staging\/COMMIT .*never took effect\. Your data is as it was before; the damaged file was kept at corrupt\//)
    if (what === 'empty') expect(store.notices[0].message).toMatch(/it is empty/)
    await expect(readdir(path.join(dir, '.staging'))).rejects.toMatchObject({ code: 'ENOENT' })
    const kept = (await readdir(path.join(dir, 'corrupt'))).filter((n) => n.includes('COMMIT'))
    expect(kept).toHaveLength(1)
    expect(await readFile(path.join(dir, 'corrupt', kept[0]), 'utf8')).toBe(commit)
    await store.close()
    // Reported once: the next start is quiet.
    const again = track(await openStore({ dir, now: NOW }))
    expect(again.notices).toEqual([])
    expect(again.getSettings().name).toBe('Kept')
  })

  it('writes COMMIT atomically: no write ever goes to .staging/COMMIT under its own name', async () => {
    const dir = await tempDir()
    const written: string[] = []
    const store = track(await openStore({ dir, now: NOW }))
    await store.createProcess(makeProcess('a'))
    await store.close()
    const recording = {
      ...nodeFs,
      open: (file: string, flags: 'w' | 'wx') => {
        written.push(path.relative(dir, file))
        return nodeFs.open(file, flags)
      }
    }
    const s2 = track(await openStore({ dir, now: NOW, fs: recording }))
    await s2.importAll(await s2.exportAll())
    const commitWrites = written.filter((f) => f.startsWith(`.staging${path.sep}COMMIT`))
    expect(commitWrites.length).toBe(1)
    expect(commitWrites[0]).toMatch(/^\.staging[\\/]COMMIT\.tmp-\d+-\d+$/)
    expect(s2.getProcess('a')).toBeDefined()
  })
})
