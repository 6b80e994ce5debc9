import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FakeElectron } from './fake-electron'
import { startCore, type Core } from '../../../src/main/core'
import { CHANNELS } from '../../../src/shared/ipc/channels'
import { isTrustedSender } from '../../../src/main/security/trusted-sender'
import { hashDir, recordingPlatform, seedCore } from '../ipc/fuzz-support'
import { validTemplate, type SeedIds } from '../ipc/fuzz-payloads'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron())

const { registerIpc } = await import('../../../src/main/electron/ipc-register')

// Every channel is registered through registerIpc, whose sender check runs before anything else:
// a frame that is not the app's own page gets 'forbidden' and the data folder stays as it was.

const APP_URL = 'file:///opt/Afterview/resources/app.asar/out/renderer/index.html'
const record = { opened: [] as string[], clipboard: 0, saved: 0 }
let dir: string
let core: Core
let ids: SeedIds
let ipcMain: FakeElectron['ipcMain']

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-sender-'))
  core = await startCore({ dataDir: dir, platform: recordingPlatform(record), appVersion: '0', today: '2026-03-10', reminders: false })
  ids = await seedCore(core)
  ipcMain = ((await import('electron')) as unknown as FakeElectron).ipcMain
  registerIpc(ipcMain as never, core, (frameUrl) => isTrustedSender(frameUrl, APP_URL))
})
afterAll(async () => {
  await core.close()
  await rm(dir, { recursive: true, force: true })
})

const call = (channel: string, frame: unknown, payload: unknown) =>
  ipcMain.handlers.get(channel)!({ senderFrame: frame, sender: {} }, payload) as Promise<{ ok: boolean; error?: { code: string } }>

// Payloads that would change data if they were honoured.
const destructive = (): [string, unknown][] => [
  ['processes.create', { company: 'Evil', role: 'Spy' }],
  ['processes.delete', { id: ids.processId }],
  ['processes.update', { id: ids.processId, patch: { company: 'Evil' } }],
  ['notes.save', { processId: ids.processId, roundId: ids.roundId, text: 'overwritten' }],
  ['settings.update', { name: 'Evil' }],
  ['sample.load', undefined],
  ['shell.openExternal', { url: 'https://evil.example' }],
  ['clipboard.write', { text: 'evil' }],
  ['file.save', { suggestedName: 'x.txt', content: 'x', kind: 'txt' }]
]

describe('registerIpc', () => {
  it('registers every contract channel exactly once', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('answers the app’s own page', async () => {
    const r = await call('processes.list', { url: `${APP_URL}#/board` }, undefined)
    expect(r.ok).toBe(true)
  })

  it.each([
    ['another origin', { url: 'https://evil.example/' }],
    ['another file', { url: 'file:///tmp/evil.html' }],
    ['a file beside the app', { url: 'file:///opt/Afterview/resources/app.asar/out/renderer/evil.html' }],
    ['the dev server while packaged', { url: 'http://localhost:5173/' }],
    ['about:blank (an injected iframe)', { url: 'about:blank' }],
    ['a data: URL', { url: 'data:text/html,<script>1</script>' }],
    ['an empty URL', { url: '' }],
    ['a destroyed frame', null],
    ['no frame at all', undefined]
  ])('refuses a call from %s and changes nothing', async (_name, frame) => {
    const before = hashDir(dir)
    const spy = vi.spyOn(core, 'invoke')
    for (const [channel, payload] of destructive()) {
      expect(await call(channel, frame, payload)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    for (const channel of CHANNELS) {
      expect(await call(channel, frame, validTemplate(channel, ids))).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
    expect(hashDir(dir)).toBe(before)
    expect(record).toEqual({ opened: [], clipboard: 0, saved: 0 })
  })

  it('still validates input from the trusted page', async () => {
    const before = hashDir(dir)
    const r = await call('processes.update', { url: APP_URL }, { id: ids.processId, patch: { postingUrl: 'javascript:alert(1)' } })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(hashDir(dir)).toBe(before)
  })
})
