import { afterAll, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSession, type E2ESession } from './support/session'
import type { Process } from '../../src/shared/model'

// The follow-up plan across days (US holidays): interview Thu 2026-11-12 → thank-you sent the
// next day → status check due Thu 11-19 → mark sent → second follow-up on Fri 11-27 (the 26th
// is Thanksgiving) → "they replied" stops the chain. Each day is a new session on the same data.

let dataDir = ''
let s: E2ESession | null = null

async function day(today: string): Promise<E2ESession> {
  await s?.close()
  s = await openSession({ dataDir, today, locale: 'en-US' })
  return s
}

async function theProcess(session: E2ESession): Promise<Process> {
  const r = await session.harness.core.invoke('processes.list', undefined)
  if (!r.ok) throw new Error(r.error.message)
  return (r.value as Process[])[0]
}

const agendaItem = (session: E2ESession) => session.page.locator('.agenda-item').filter({ hasText: 'Larkspur Freight' })

async function openAgenda(session: E2ESession) {
  await session.page.getByRole('button', { name: 'Agenda' }).click()
  await session.page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor()
}

async function markSent(session: E2ESession) {
  await agendaItem(session).getByRole('button', { name: /^Mark sent/ }).click()
  await session.page.getByRole('dialog').getByRole('button', { name: 'Mark sent' }).click()
  await expect.poll(() => session.page.getByRole('dialog').count()).toBe(0)
}

afterAll(async () => {
  await s?.close()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('follow-up plan across days', () => {
  it('plans the thank-you the day after the interview, and waits after it is sent', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'afterview-plan-e2e-'))
    const session = await day('2026-11-13')
    const { core } = session.harness
    const created = await core.invoke('processes.create', { company: 'Larkspur Freight', role: 'Backend Engineer' })
    if (!created.ok) throw new Error(created.error.message)
    const id = (created.value as Process).id
    await core.invoke('rounds.save', { processId: id, round: { label: 'Onsite', date: '2026-11-12', time: '10:00', format: 'onsite', location: 'Dallas' } })
    await core.invoke('people.save', {
      processId: id,
      person: { name: 'Marcus Oyelaran', title: 'Engineering Manager', email: 'marcus@larkspur.example', linkedin: '', roundIds: [] },
      mainContact: true
    })
    await session.reload()
    await openAgenda(session)
    await expect.poll(() => agendaItem(session).textContent()).toContain('Thank-you')
    await markSent(session)
    const p = await theProcess(session)
    expect(p.stage).toBe('waiting')
    expect(p.messages.map((m) => [m.step, m.date])).toEqual([['thank-you', '2026-11-13']])
    await expect.poll(() => agendaItem(session).textContent()).toContain('Status check')
    await expect.poll(() => agendaItem(session).textContent()).toContain('Thursday, November 19')
  })

  it('has the status check due on the right business day, then plans the second around Thanksgiving', async () => {
    const session = await day('2026-11-19')
    await openAgenda(session)
    const dueToday = session.page.locator('section.agenda-today .agenda-item').filter({ hasText: 'Status check' })
    await expect.poll(() => dueToday.filter({ hasText: 'Larkspur Freight' }).count()).toBe(1)
    await session.shot('plan-agenda-status-check-due')
    await markSent(session)
    const p = await theProcess(session)
    expect(p.stage).toBe('following-up')
    await expect.poll(() => agendaItem(session).textContent()).toContain('Second follow-up')
    await expect.poll(() => agendaItem(session).textContent()).toContain('Friday, November 27')
  })

  it('shows the plan and the timeline on the process, and "they replied" clears the chain', async () => {
    const session = s!
    await agendaItem(session).getByRole('link', { name: /Larkspur Freight/ }).or(agendaItem(session).getByRole('button', { name: /^Larkspur Freight/ })).first().click()
    await session.page.getByRole('heading', { name: 'Larkspur Freight', level: 1 }).waitFor()
    await expect.poll(() => session.page.locator('svg[role="img"]').count()).toBeGreaterThan(0)
    await session.shot('plan-process-timeline')
    await session.page.getByRole('button', { name: /^They replied/ }).first().click()
    await session.page.getByRole('dialog').getByRole('button', { name: 'Record reply' }).click()
    await expect.poll(() => session.page.getByText('They replied: nothing to chase until you act.').count()).toBe(1)
    const p = await theProcess(session)
    expect(p.messages.filter((m) => m.direction === 'received').map((m) => m.date)).toEqual(['2026-11-19'])
    await openAgenda(session)
    await expect.poll(() => agendaItem(session).count()).toBe(0)
    await session.shot('plan-agenda-after-reply')
    expect(session.errors.filter((e) => !e.includes('favicon'))).toEqual([])
  })
})
