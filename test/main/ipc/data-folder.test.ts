import { afterEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore, type Core } from '../../../src/main/core'
import type { Platform } from '../../../src/main/ipc/context'
import { inspectFolder, readDataLocation, writeDataLocation } from '../../../src/main/services/data-location'
import { openStore } from '../../../src/main/store/data-store'

const dirs: string[] = []
const cores: Core[] = []
const temp = async () => {
  const d = await mkdtemp(join(tmpdir(), 'afterview-folder-'))
  dirs.push(d)
  return d
}

afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

function platform(pick: string | null, switched: string[]): Platform {
  return {
    name: 'electron',
    saveFile: async () => ({ saved: false }),
    openExternal: async () => {},
    writeClipboard: async () => {},
    chooseFolder: async () => pick,
    switchDataFolder: async (dir) => {
      switched.push(dir)
      return true
    }
  }
}

async function coreWith(pick: string | null, switched: string[]) {
  const core = await startCore({ dataDir: await temp(), platform: platform(pick, switched), appVersion: 't', reminders: false })
  cores.push(core)
  await core.invoke('processes.create', { company: 'Acme', role: 'Analyst' })
  return core
}

describe('data folder', () => {
  it('copies everything into an empty folder it was shown, then switches', async () => {
    const target = join(await temp(), 'new-home')
    const switched: string[] = []
    const core = await coreWith(target, switched)
    expect(await core.invoke('data.chooseFolder', undefined)).toEqual({ ok: true, value: { path: target, kind: 'empty', current: false } })
    expect(await core.invoke('data.switchFolder', { path: target, copyCurrent: true })).toEqual({ ok: true, value: { ok: true, restarting: true } })
    expect(switched).toEqual([target])
    const copy = await openStore({ dir: target })
    expect(copy.listProcesses().map((p) => p.company)).toEqual(['Acme'])
    await copy.close()
  })

  it('refuses a path the picker did not return', async () => {
    const switched: string[] = []
    const core = await coreWith(null, switched)
    const r = await core.invoke('data.switchFolder', { path: '/etc', copyCurrent: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(switched).toEqual([])
  })

  it('refuses a folder holding other files', async () => {
    const target = await temp()
    await writeFile(join(target, 'taxes.xlsx'), 'x')
    const switched: string[] = []
    const core = await coreWith(target, switched)
    expect(await core.invoke('data.chooseFolder', undefined)).toMatchObject({ ok: true, value: { kind: 'other' } })
    expect(await core.invoke('data.switchFolder', { path: target, copyCurrent: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(switched).toEqual([])
  })

  it('opens a folder that already has Afterview data without copying into it', async () => {
    const target = await temp()
    const other = await openStore({ dir: target })
    await other.close()
    const switched: string[] = []
    const core = await coreWith(target, switched)
    expect(await core.invoke('data.chooseFolder', undefined)).toMatchObject({ ok: true, value: { kind: 'afterview' } })
    expect(await core.invoke('data.switchFolder', { path: target, copyCurrent: true })).toMatchObject({ ok: false })
    expect(await core.invoke('data.switchFolder', { path: target, copyCurrent: false })).toMatchObject({ ok: true })
    expect(switched).toEqual([target])
  })
})

describe('data location pointer', () => {
  it('reads back what it wrote, and the env override wins', async () => {
    const app = await temp()
    expect(await readDataLocation(app, '/default')).toBe('/default')
    await writeDataLocation(app, '/somewhere/else')
    expect(await readDataLocation(app, '/default')).toBe('/somewhere/else')
    process.env.AFTERVIEW_DATA_DIR = join(app, 'env')
    try {
      expect(await readDataLocation(app, '/default')).toBe(join(app, 'env'))
    } finally {
      delete process.env.AFTERVIEW_DATA_DIR
    }
  })

  it('ignores a damaged or relative pointer', async () => {
    const app = await temp()
    await mkdir(app, { recursive: true })
    await writeFile(join(app, 'data-location.json'), '{not json')
    expect(await readDataLocation(app, '/default')).toBe('/default')
    await writeFile(join(app, 'data-location.json'), JSON.stringify({ dataDir: 'relative/path' }))
    expect(await readDataLocation(app, '/default')).toBe('/default')
    expect(JSON.parse(await readFile(join(app, 'data-location.json'), 'utf8')).dataDir).toBe('relative/path')
  })

  it('tells empty, Afterview and other folders apart', async () => {
    const d = await temp()
    expect(await inspectFolder(join(d, 'missing'))).toBe('empty')
    expect(await inspectFolder(d)).toBe('empty')
    await writeFile(join(d, 'meta.json'), '{}')
    expect(await inspectFolder(d)).toBe('afterview')
  })
})
