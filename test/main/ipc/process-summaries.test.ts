import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCore, type Core } from '../../../src/main/core'
import { processSummarySchema, summarizeProcess } from '../../../src/shared/process-summary'
import type { Process } from '../../../src/shared/model'
import { recordingPlatform } from './fuzz-support'

// The window's start-up list leaves out what only a process's own screens read; the whole
// process comes from processes.get, and both come from the store main holds.

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined)
})

async function openCore(): Promise<Core> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'afterview-summaries-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  const platform = recordingPlatform({ opened: [], clipboard: 0, saved: 0 })
  const core = await startCore({ dataDir: dir, platform, appVersion: '0', today: '2026-03-10', reminders: false })
  cleanups.push(() => core.close())
  return core
}

async function value<T>(answer: Promise<unknown>): Promise<T> {
  const r = (await answer) as { ok: boolean; value: T }
  expect(r.ok).toBe(true)
  return r.value
}

/** A process with a round (points and a reflection) and a message with a subject and body. */
async function fullProcess(core: Core): Promise<Process> {
  const created = await value<Process>(core.invoke('processes.create', { company: 'Lumen', role: 'Designer' }))
  const round = { label: 'Panel', date: '2026-03-02', time: '10:00', format: 'video', location: '' }
  const withRound = await value<Process>(core.invoke('rounds.save', { processId: created.id, round }))
  const roundId = withRound.rounds[0].id
  const point = {
    id: 'k1', category: 'praise', text: 'Liked the dashboard', start: null, end: null, status: 'accepted', source: 'user'
  }
  await value(core.invoke('review.save', { processId: created.id, roundId, points: [point] }))
  const answer = { rating: 4, text: 'clear' }
  const reflection = { clarity: answer, value: answer, unexpected: answer, differently: answer }
  await value(core.invoke('reflection.save', { processId: created.id, roundId, reflection }))
  const message = {
    direction: 'sent', situation: 'thank-you', step: 'thank-you', channel: 'email', date: '2026-03-03',
    subject: 'Thank you', body: 'Thank you for your time today.', personId: null
  }
  return value<Process>(core.invoke('messages.add', { processId: created.id, message }))
}

describe('processes.summaries and processes.get', () => {
  it('lists every process without points, reflections or message texts', async () => {
    const core = await openCore()
    const p = await fullProcess(core)
    const [summary] = await value<Record<string, unknown>[]>(core.invoke('processes.summaries', undefined))
    expect(summary).toEqual(summarizeProcess(p))
    const rounds = summary.rounds as Record<string, unknown>[]
    const messages = summary.messages as Record<string, unknown>[]
    expect(rounds[0]).not.toHaveProperty('points')
    expect(rounds[0]).not.toHaveProperty('reflection')
    expect(rounds[0]).toMatchObject({ id: p.rounds[0].id, label: 'Panel', date: '2026-03-02' })
    expect(messages[0]).not.toHaveProperty('body')
    expect(messages[0]).not.toHaveProperty('subject')
    expect(messages[0]).toMatchObject({ step: 'thank-you', date: '2026-03-03', direction: 'sent' })
    expect(processSummarySchema.safeParse(summary).success).toBe(true)
  })

  it('answers one whole process by id, and not-found for one that is gone', async () => {
    const core = await openCore()
    const p = await fullProcess(core)
    const whole = await value<Process>(core.invoke('processes.get', { id: p.id }))
    expect(whole).toEqual(p)
    expect(whole.rounds[0].points.map((k) => k.text)).toEqual(['Liked the dashboard'])
    expect(whole.messages[0].body).toBe('Thank you for your time today.')
    await value(core.invoke('processes.delete', { id: p.id }))
    const gone = (await core.invoke('processes.get', { id: p.id })) as { ok: boolean; error: { code: string } }
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const bad = (await core.invoke('processes.get', { id: '../x' })) as { ok: boolean; error: { code: string } }
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
