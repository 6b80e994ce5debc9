import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/data-store'
import { makeProcess, snapshot, tempDir, track } from './helpers'

const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL')
})

/** A real, running process that is not us. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
  children.push(child)
  return child.pid!
}

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((resolve) => child.on('exit', resolve))
  return child.pid!
}

const exists = (p: string) => stat(p).then(() => true, () => false)

describe('data store: one owner per data folder', () => {
  it('takes the lock with its pid while open and releases it on close', async () => {
    const dir = await tempDir()
    const store = await openStore({ dir })
    const lock = JSON.parse(await readFile(path.join(dir, 'afterview.lock'), 'utf8'))
    expect(lock.pid).toBe(process.pid)
    expect(typeof lock.startedAt).toBe('string')
    await expect(openStore({ dir })).rejects.toMatchObject({ code: 'locked' })
    await store.close()
    expect(await exists(path.join(dir, 'afterview.lock'))).toBe(false)
  })

  it('a lock held by another live program opens read-only and changes nothing', async () => {
    const dir = await tempDir()
    const first = await openStore({ dir })
    await first.createProcess(makeProcess('mine'))
    await first.close()
    const pid = liveProcess()
    const lockText = JSON.stringify({ pid, startedAt: '2026-03-10T09:00:00.000Z' })
    await writeFile(path.join(dir, 'afterview.lock'), lockText)
    const before = await snapshot(dir)

    const store = track(await openStore({ dir }))
    expect(store.readOnly).toBe(true)
    expect(store.getProcess('mine')).toBeDefined()
    const message = `Another Afterview window or program owns this data folder (pid ${pid}). Close it to make changes here.`
    expect(store.notices).toEqual([{ kind: 'read-only', message }])
    await expect(store.updateProcess('mine', () => undefined)).rejects.toMatchObject({ code: 'read-only', message })
    await expect(store.createProcess(makeProcess('x'))).rejects.toMatchObject({ code: 'read-only' })
    await expect(store.importAll(await store.exportAll())).rejects.toMatchObject({ code: 'read-only' })
    await store.close()
    expect(await snapshot(dir)).toEqual(before)
    expect(await readFile(path.join(dir, 'afterview.lock'), 'utf8')).toBe(lockText)
  })

  it('a stale lock (its program is gone) is taken over', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'afterview.lock'), JSON.stringify({ pid: await deadPid(), startedAt: '2026-03-01T00:00:00.000Z' }))
    const store = track(await openStore({ dir }))
    expect(store.readOnly).toBe(false)
    expect(store.notices).toEqual([])
    expect(JSON.parse(await readFile(path.join(dir, 'afterview.lock'), 'utf8')).pid).toBe(process.pid)
    await store.createProcess(makeProcess('ok'))
  })

  it('a garbage lock file is treated as stale', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'afterview.lock'), '\u0000\u0000')
    const store = track(await openStore({ dir }))
    expect(store.readOnly).toBe(false)
  })
})
