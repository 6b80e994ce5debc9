import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { openSession, type E2ESession } from './support/session'
import { axeCheck } from './support/axe'
import type { Process } from '../../src/shared/model'

// Invites and replies dropped on the board and on a process in the browser harness: a preview
// first, then the round, its people and the plan's move. The browser is in New York, where the
// Google invite's 14:00 America/New_York is 14:00; the reply's date is read there too.

const fixture = (name: string) => readFileSync(`test/fixtures/import/${name}`).toString('base64')
const SELF = 'jordan.candidate@mailbox.example'

let s: E2ESession

async function drop(page: Page, target: string, name: string, base64: string, type = 'application/octet-stream', shot?: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bytes], name, { type }))
      return dt
    },
    { name, base64, type }
  )
  await page.dispatchEvent(target, 'dragover', { dataTransfer })
  if (shot) await s.shot(shot)
  await page.dispatchEvent(target, 'drop', { dataTransfer })
}

async function processes(): Promise<Process[]> {
  const r = await s.harness.core.invoke('processes.list', undefined)
  if (!r.ok) throw new Error(r.error.message)
  return r.value as Process[]
}

async function create(company: string, role: string): Promise<Process> {
  const r = await s.harness.core.invoke('processes.create', { company, role })
  if (!r.ok) throw new Error(r.error.message)
  return r.value as Process
}

const dialog = () => s.page.getByRole('dialog')

beforeAll(async () => {
  s = await openSession({ today: '2026-11-18', locale: 'en-US', timezoneId: 'America/New_York' })
  await s.harness.core.invoke('settings.update', { email: SELF, theme: 'system' })
})

afterAll(async () => {
  await s?.close()
})

describe('import an invite and a reply', () => {
  it('an invite dropped on a process: preview of the round and people, then the round and its people', async () => {
    const p = await create('Tesselink', 'Platform Engineer')
    await s.reload()
    await s.page.getByRole('button', { name: /Tesselink/ }).first().click()
    await s.page.getByRole('heading', { name: 'Tesselink', level: 1 }).waitFor()
    await drop(s.page, '.process-screen', 'invite.ics', fixture('google-calendar.ics'), 'text/calendar', 'import-drop-target')
    await dialog().getByRole('heading', { name: 'Add a round from this invite' }).waitFor()
    const text = await dialog().textContent()
    expect(text).toContain('Tuesday, November 17, 2026, 2:00 PM')
    expect(text).toContain('https://meet.google.com/qxa-wmdt-rvk')
    expect(text).toContain('Priya Subramanyam')
    expect(text).toContain('Radek Wielgosz')
    expect(text).not.toContain(SELF)
    expect(await dialog().getByText('New', { exact: true }).count()).toBe(2)
    await s.shot('import-invite-preview-light')
    expect(await axeCheck(s.page, 'invite preview', 'light')).toEqual([])
    await s.page.emulateMedia({ colorScheme: 'dark' })
    await s.shot('import-invite-preview-dark')
    expect(await axeCheck(s.page, 'invite preview', 'dark')).toEqual([])
    await s.page.emulateMedia({ colorScheme: 'light' })
    await dialog().getByRole('button', { name: 'Add round' }).click()
    await expect.poll(() => dialog().count()).toBe(0)

    const [after] = (await processes()).filter((x) => x.id === p.id)
    expect(after.rounds).toHaveLength(1)
    const round = after.rounds[0]
    expect(round).toMatchObject({ date: '2026-11-17', time: '14:00', format: 'video', uid: '7kq2v9d0m4c1s8e3j5n6b2a1f0@google.com' })
    expect(after.people.map((x) => [x.name, x.email, x.roundIds])).toEqual([
      ['Priya Subramanyam', 'priya.subramanyam@tesselink.example', [round.id]],
      ['Radek Wielgosz', 'radek.w@tesselink.example', [round.id]]
    ])
    expect(after.mainContactId).toBe(after.people[0].id)
    // The interview was yesterday: the plan asks for the thank-you.
    await expect.poll(() => s.page.locator('.process-aside').textContent()).toContain('Thank-you')
  })

  it('a reply dropped on the process: logged from the known person on its date, decision date confirmed, chain stopped', async () => {
    await drop(s.page, '.process-screen', 'Re_ Thank you.eml', fixture('reply-quoted-printable.eml'), 'message/rfc822')
    await dialog().getByRole('heading', { name: 'Log a received reply' }).waitFor()
    const text = (await dialog().textContent()) ?? ''
    expect(text).toContain('get back to you by the end of next week')
    expect(text).not.toContain('wrote:')
    expect(text).toContain('Friday, November 27, 2026')
    expect(await dialog().getByLabel('Received on').inputValue()).toBe('2026-11-18')
    await s.shot('import-reply-preview-light')
    expect(await axeCheck(s.page, 'reply preview', 'light')).toEqual([])
    await s.page.emulateMedia({ colorScheme: 'dark' })
    await s.shot('import-reply-preview-dark')
    expect(await axeCheck(s.page, 'reply preview', 'dark')).toEqual([])
    await s.page.emulateMedia({ colorScheme: 'light' })
    await dialog().getByRole('button', { name: 'Log reply' }).click()
    await expect.poll(() => dialog().count()).toBe(0)

    const [p] = await processes()
    const priya = p.people.find((x) => x.email === 'priya.subramanyam@tesselink.example')!
    expect(p.messages.map((m) => [m.direction, m.date, m.personId, m.subject])).toEqual([
      ['received', '2026-11-18', priya.id, 'Re: Thank you - Platform Engineer interview']
    ])
    expect(p.decisionBy).toBe('2026-11-27')
    await expect.poll(() => s.page.getByText('They replied: nothing to chase until you act.').count()).toBe(1)
  })

  it('an updated invite moves the same round; a rejection dropped on the board closes its process', async () => {
    // The user renamed the round meanwhile: the update keeps that name.
    const [before] = await processes()
    const { id, label: _label, points: _points, reflection: _reflection, ...kept } = before.rounds[0]
    await s.harness.core.invoke('rounds.save', { processId: before.id, round: { id, ...kept, label: 'Technical with Priya' } })
    await s.reload()
    await s.page.getByRole('button', { name: /Tesselink/ }).first().click()
    await s.page.getByRole('heading', { name: 'Tesselink', level: 1 }).waitFor()
    const moved = fixture('google-calendar.ics')
    const ics = Buffer.from(moved, 'base64').toString('utf8').replace(/20261117T14/g, '20261119T10').replace('SEQUENCE:0', 'SEQUENCE:1')
    await drop(s.page, '.process-screen', 'invite.ics', Buffer.from(ics).toString('base64'))
    await dialog().getByRole('heading', { name: 'Update the round from this invite' }).waitFor()
    expect(await dialog().getByText('Known', { exact: true }).count()).toBe(2)
    expect(await dialog().getByLabel('Round').inputValue()).toBe('Technical with Priya')
    expect(await dialog().textContent()).toContain('moved from Tuesday, November 17, 2026, 2:00 PM')
    await dialog().getByRole('button', { name: 'Update round' }).click()
    await expect.poll(() => dialog().count()).toBe(0)
    const [p] = await processes()
    expect(p.rounds.map((r) => [r.label, r.date, r.time])).toEqual([['Technical with Priya', '2026-11-19', '10:00']])
    expect(p.people).toHaveLength(2)

    const other = await create('Fjordline Health', 'Clinical Data Coordinator')
    await s.harness.core.invoke('people.save', {
      processId: other.id,
      person: { name: 'Zoë Ødegård-Nakamura', title: 'Recruiter', email: 'zoe.odegard@fjordline-health.example', linkedin: '', roundIds: [] }
    })
    // Made behind the window's back: a reload shows it (and opens the board).
    await s.reload()
    await s.page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor()
    await drop(s.page, '.board-screen', 'RE_ Checking in.eml', fixture('reply-rejection-html-base64.eml'))
    await dialog().getByRole('heading', { name: 'Log a received reply' }).waitFor()
    expect(await dialog().getByLabel('Interview process').inputValue()).toBe(other.id)
    expect(await dialog().textContent()).toContain('Reads as a rejection')
    await dialog().getByRole('button', { name: 'Log reply' }).click()
    await s.page.getByRole('heading', { name: 'Fjordline Health', level: 1 }).waitFor()
    const closed = (await processes()).find((x) => x.id === other.id)!
    expect([closed.stage, closed.outcome, closed.messages[0].date, closed.messages[0].situation]).toEqual(['closed', 'rejected', '2026-12-01', 'rejection'])
  })

  it('a huge or unreadable file gets a clear message and changes nothing', async () => {
    const before = JSON.stringify(await processes())
    await s.page.getByRole('button', { name: 'Pipeline' }).click()
    const huge = await s.page.evaluateHandle(() => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(5 * 1024 * 1024 + 10)], 'huge.eml'))
      return dt
    })
    await s.page.dispatchEvent('.board-screen', 'drop', { dataTransfer: huge })
    await expect.poll(() => s.page.getByText('“huge.eml” is over 5 MB').count()).toBe(1)
    await drop(s.page, '.board-screen', 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]).toString('base64'))
    await expect.poll(() => s.page.getByText('“photo.png” is not an invite or an email').count()).toBe(1)
    expect(await dialog().count()).toBe(0)
    expect(JSON.stringify(await processes())).toBe(before)
    expect(s.errors.filter((e) => !e.includes('favicon'))).toEqual([])
  })
})
