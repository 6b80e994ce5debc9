import { describe, expect, it, vi } from 'vitest'
import { dispatch, HandlerError, type Handlers } from '../../../src/main/ipc/dispatch'
import { StoreError } from '../../../src/main/store/types'
import { CHANNELS } from '../../../src/shared/ipc/channels'
import { contract } from '../../../src/shared/ipc/contract'

function handlersWith(overrides: Partial<Record<string, (input: unknown) => unknown>>): Handlers {
  const all: Record<string, (input: unknown) => unknown> = {}
  for (const c of CHANNELS) all[c] = overrides[c] ?? (() => ({ channel: c }))
  return all as unknown as Handlers
}

describe('dispatch', () => {
  it('has a schema for every channel', () => {
    for (const c of CHANNELS) expect(contract[c].input).toBeDefined()
  })

  it('refuses unknown channels without calling anything', async () => {
    const spy = vi.fn()
    const h = handlersWith({ 'processes.list': spy })
    for (const bad of ['nope', '__proto__', 'constructor', 42, null, undefined, { toString: () => 'processes.list' }]) {
      const r = await dispatch(h, bad, undefined)
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    }
    expect(spy).not.toHaveBeenCalled()
  })

  it('validates input and reports where it is wrong', async () => {
    const spy = vi.fn()
    const r = await dispatch(handlersWith({ 'processes.create': spy }), 'processes.create', { company: '', role: 'x'.repeat(300) })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('invalid-input')
    expect(r.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['company', 'role']))
    expect(spy).not.toHaveBeenCalled()
  })

  it('rejects impossible dates and non-web links', async () => {
    const h = handlersWith({})
    const round = { label: 'R1', date: '2026-02-30', time: '', format: 'video', location: '' }
    expect(await dispatch(h, 'rounds.save', { processId: 'p1', round })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(h, 'processes.create', { company: 'A', role: 'B', postingUrl: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })

  it('passes parsed input (with defaults) to the handler', async () => {
    const spy = vi.fn((input: unknown) => input)
    const r = await dispatch(handlersWith({ 'processes.create': spy }), 'processes.create', { company: ' Acme ', role: 'Analyst' })
    expect(r).toEqual({ ok: true, value: { company: 'Acme', role: 'Analyst', postingUrl: '', stage: 'scheduled' } })
  })

  it('maps store and handler errors to typed failures', async () => {
    const h = handlersWith({
      'processes.list': () => {
        throw new StoreError('read-only', 'Another Afterview owns this folder')
      },
      'settings.get': () => {
        throw new HandlerError('not-found', 'Gone')
      }
    })
    expect(await dispatch(h, 'processes.list', undefined)).toEqual({
      ok: false,
      error: { code: 'read-only', message: 'Another Afterview owns this folder' }
    })
    expect(await dispatch(h, 'settings.get', undefined)).toEqual({ ok: false, error: { code: 'not-found', message: 'Gone' } })
  })

  it('never leaks internal error details', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const r = await dispatch(
      handlersWith({
        'processes.list': () => {
          throw new Error('ENOENT /home/secret/path')
        }
      }),
      'processes.list',
      undefined
    )
    log.mockRestore()
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('internal')
      expect(r.error.message).not.toContain('secret')
    }
  })
})
