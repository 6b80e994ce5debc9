import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { openSession, type E2ESession } from './support/session'
import { P, LONG } from './support/hostile'
import type { Process } from '../../src/shared/model'

// The other ways in: File → Import… through the harness bridge (the harness "picks" a queued
// file), text pasted from a mail app, a cancellation, and an invite full of hostile text.

const fixture = (name: string) => readFileSync(`test/fixtures/import/${name}`)

let s: E2ESession
let processId = ''

async function drop(page: Page, target: string, name: string, content: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name))
      return dt
    },
    { name, base64: content.toString('base64') }
  )
  await page.dispatchEvent(target, 'dragover', { dataTransfer })
  await page.dispatchEvent(target, 'drop', { dataTransfer })
}

async function paste(page: Page, text: string) {
  await page.evaluate((text) => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', text)
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  }, text)
}

async function theProcess(): Promise<Process> {
  const r = await s.harness.core.invoke('processes.list', undefined)
  if (!r.ok) throw new Error(r.error.message)
  return (r.value as Process[]).find((p) => p.id === processId)!
}

const dialog = () => s.page.getByRole('dialog')

beforeAll(async () => {
  s = await openSession({ today: '2026-12-03', locale: 'en-US', timezoneId: 'America/Los_Angeles' })
  await s.harness.core.invoke('settings.update', { email: 'jordan.candidate@mailbox.example' })
  const r = await s.harness.core.invoke('processes.create', { company: 'Ashgrove Mobility', role: 'Senior Product Designer', stage: 'waiting' })
  if (!r.ok) throw new Error(r.error.message)
  processId = (r.value as Process).id
  await s.reload()
  await s.page.getByRole('button', { name: /Ashgrove Mobility/ }).first().click()
  await s.page.getByRole('heading', { name: 'Ashgrove Mobility', level: 1 }).waitFor()
})

afterAll(async () => {
  await s?.close()
})

describe('import: picker, paste, cancellation, hostile text', () => {
  it('File → Import… through the bridge: an offer email, its answer-by date and the move to Offer', async () => {
    s.harness.record.toImport = [{ name: 'Offer.eml', content: new Uint8Array(fixture('reply-offer-pdf.eml')) }]
    s.harness.core.context.emit('app.command', { command: 'import' })
    await dialog().getByRole('heading', { name: 'Log a received reply' }).waitFor()
    expect(await dialog().textContent()).toContain('Reads as an offer')
    expect(await dialog().getByRole('checkbox', { name: /answer by Friday, December 11, 2026/ }).isChecked()).toBe(true)
    expect(await dialog().getByRole('checkbox', { name: 'Move the process to Offer' }).isChecked()).toBe(true)
    await dialog().getByRole('button', { name: 'Log reply' }).click()
    await expect.poll(() => dialog().count()).toBe(0)
    const p = await theProcess()
    expect([p.stage, p.decisionBy, p.people.map((x) => x.email), p.messages.map((m) => [m.situation, m.date])]).toEqual([
      'offer',
      '2026-12-11',
      ['leonor@ashgrove-mobility.example'],
      [['offer', '2026-12-03']]
    ])
    expect(p.messages[0].personId).toBe(p.people[0].id)
    // A cancelled picker does nothing.
    s.harness.core.context.emit('app.command', { command: 'import' })
    await s.page.waitForTimeout(300)
    expect(await dialog().count()).toBe(0)
  })

  it('text pasted from a mail app: sender matched by address, the day from its Sent line', async () => {
    await paste(
      s.page,
      [
        'From: Leonor Vasconcelos <leonor@ashgrove-mobility.example>',
        'Sent: Wednesday, December 2, 2026 9:15 AM',
        'Subject: Quick question',
        '',
        'Could we find a time to chat about the start date? Does Friday work for you?',
        '',
        'On Tue, Dec 1, 2026 at 8:00 AM Jordan Ellis <jordan.candidate@mailbox.example> wrote:',
        '> Thanks so much!'
      ].join('\n')
    )
    await dialog().getByRole('heading', { name: 'Log a received reply' }).waitFor()
    expect(await dialog().getByLabel('From').locator('option:checked').textContent()).toContain('Leonor Vasconcelos')
    expect(await dialog().getByLabel('Received on').inputValue()).toBe('2026-12-02')
    expect(await dialog().textContent()).not.toContain('Thanks so much')
    await dialog().getByRole('button', { name: 'Log reply' }).click()
    await expect.poll(async () => (await theProcess()).messages.length).toBe(2)
    expect((await theProcess()).messages.map((m) => m.situation)).toEqual(['scheduling', 'offer'])
  })

  it('a cancellation offers to remove the round that came from the same event', async () => {
    await drop(s.page, '.process-screen', 'invite.ics', fixture('google-calendar.ics'))
    await dialog().getByRole('button', { name: 'Add round' }).click()
    await expect.poll(() => dialog().count()).toBe(0)
    expect((await theProcess()).rounds).toHaveLength(1)
    await drop(s.page, '.process-screen', 'cancel.ics', fixture('google-cancel.ics'))
    await dialog().getByRole('heading', { name: 'Cancelled invite' }).waitFor()
    expect(await dialog().textContent()).toContain('The organizer cancelled')
    await s.shot('import-cancelled-light')
    await dialog().getByRole('button', { name: 'Remove round' }).click()
    await expect.poll(async () => (await theProcess()).rounds.length).toBe(0)
  })

  it('an invite from a new company dropped on the board: a new process named from it, then the round', async () => {
    await s.page.getByRole('button', { name: 'Pipeline' }).click()
    await s.page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor()
    await drop(s.page, '.board-screen', 'Hiring manager.ics', fixture('outlook-exchange.ics'))
    await dialog().getByRole('heading', { name: 'Add a round from this invite' }).waitFor()
    expect(await dialog().getByLabel('Interview process').locator('option:checked').textContent()).toBe('New process…')
    expect(await dialog().getByLabel('Company').inputValue()).toBe('Northwind Labs')
    expect(await dialog().getByLabel('Role').inputValue()).toBe('Data Analyst')
    expect(await dialog().textContent()).toContain('Thursday, December 3, 2026, 9:30 AM')
    await s.shot('import-invite-board-new-process')
    await dialog().getByRole('button', { name: 'Add round' }).click()
    await s.page.getByRole('heading', { name: 'Northwind Labs', level: 1 }).waitFor()
    const r = await s.harness.core.invoke('processes.list', undefined)
    const created = (r.ok ? (r.value as Process[]) : []).find((p) => p.company === 'Northwind Labs')!
    expect([created.role, created.rounds.map((x) => [x.date, x.time, x.format]), created.people.map((x) => x.name)]).toEqual([
      'Data Analyst',
      [['2026-12-03', '09:30', 'video']],
      ['Margaux Beaumont', 'Chinedu Adebanjo']
    ])
    await s.page.getByRole('button', { name: 'Pipeline' }).click()
    await s.page.getByRole('button', { name: /Ashgrove Mobility/ }).first().click()
    await s.page.getByRole('heading', { name: 'Ashgrove Mobility', level: 1 }).waitFor()
  })

  it('hostile text in every field of an invite is shown as text and runs nothing', async () => {
    const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/[;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      `UID:${esc(P.script)}`,
      'DTSTART:20261210T170000Z',
      `SUMMARY:${esc(`${P.img} ${P.bidi}`)}`,
      `LOCATION:${esc(`${P.iframe} ${LONG}`)}`,
      `DESCRIPTION:${esc(LONG)}`,
      `ORGANIZER;CN="${P.svg.replace(/"/g, "'")}":mailto:boss@ashgrove-mobility.example`,
      `ATTENDEE;CN="${P.emoji}":mailto:${P.js}@x.example`,
      'END:VEVENT',
      'END:VCALENDAR'
    ].join('\r\n')
    await drop(s.page, '.process-screen', 'hostile.ics', Buffer.from(ics))
    await dialog().getByRole('heading', { name: 'Add a round from this invite' }).waitFor()
    expect(await dialog().getByLabel('Round').inputValue()).toContain(P.img)
    await s.shot('import-hostile-invite')
    await dialog().getByRole('button', { name: 'Add round' }).click()
    await expect.poll(() => dialog().count()).toBe(0)
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    const p = await theProcess()
    expect(p.rounds[0].label.length).toBeLessThanOrEqual(120)
    expect(p.rounds[0].label).not.toMatch(/[\u202A-\u202E]/)
    expect(p.rounds).toHaveLength(1)
    // The organizer joins; the attendee whose address is a javascript: URL does not.
    expect(p.people.map((x) => x.email).filter((e) => e.endsWith('ashgrove-mobility.example'))).toEqual([
      'leonor@ashgrove-mobility.example',
      'boss@ashgrove-mobility.example'
    ])
    expect(p.people.some((x) => x.email.includes('javascript'))).toBe(false)
    expect(s.errors.filter((e) => !e.includes('favicon'))).toEqual([])
  })
})
