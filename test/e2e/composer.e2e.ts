import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Process } from '../../src/shared/model'
import { openSession, type E2ESession } from './support/session'

// From a due status check to a sent one, through the real core: today is Thursday
// 2026-11-19, the interview was the Thursday before, the thank-you went out the next day, so
// the status check is due today. Sending it today makes the second follow-up due a week later,
// Thursday November 26, which is Thanksgiving: it rolls to Friday November 27.

const TODAY = '2026-11-19'
let session: E2ESession
let processId = ''

async function invoke<T>(channel: string, input?: unknown): Promise<T> {
  const result = await session.harness.core.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

beforeAll(async () => {
  session = await openSession({ today: TODAY })
  await invoke('settings.update', { name: 'Sam Rivera', email: 'sam@example.com', country: 'US', region: '', onboarded: true })
  let p = await invoke<Process>('processes.create', { company: 'Northwind Analytics', role: 'Data Analyst', stage: 'waiting' })
  processId = p.id
  p = await invoke<Process>('rounds.save', {
    processId,
    round: { label: 'Hiring manager interview', date: '2026-11-12', time: '10:00', format: 'video', location: '' }
  })
  const roundId = p.rounds[0].id
  p = await invoke<Process>('people.save', {
    processId,
    person: { name: 'Dana Whitfield', title: 'Analytics Manager', email: 'dana@northwind.example', linkedin: '', roundIds: [roundId] },
    mainContact: true
  })
  await invoke('review.save', {
    processId,
    roundId,
    points: [
      { id: 'k1', category: 'topic', text: 'the billing migration to Stripe', start: null, end: null, status: 'accepted', source: 'user' }
    ]
  })
  await invoke('messages.add', {
    processId,
    message: {
      direction: 'sent',
      situation: 'thank-you',
      step: 'thank-you',
      channel: 'email',
      date: '2026-11-13',
      subject: 'Thank you',
      body: 'Thanks!',
      personId: p.people[0].id
    }
  })
  await session.reload()
})

afterAll(async () => {
  await session?.close()
})

describe('Composer, end to end', () => {
  it('composes the due status check from the board, exports it, marks it sent and moves the plan on', async () => {
    const { page, harness } = session
    const card = page.getByRole('button', { name: /^Northwind Analytics/ })
    await card.waitFor()
    expect(await card.textContent()).toMatch(/Status check/)
    await card.click()

    const plan = page.getByRole('region', { name: 'Follow-up plan' })
    await plan.getByText('Due today').first().waitFor()
    await plan.getByRole('button', { name: /^Compose/ }).click()

    // The composer opens on the status check, filled from the process.
    await expect.poll(() => page.getByRole('radio', { name: /Status check/ }).isChecked()).toBe(true)
    const subject = await page.getByLabel('Subject').inputValue()
    const body = await page.getByLabel('Message', { exact: true }).inputValue()
    expect(subject).toContain('Data Analyst')
    expect(subject).toContain('Northwind Analytics')
    expect(body).toMatch(/^Hi Dana,/)
    expect(body).toContain('billing migration')
    expect(body).toContain('Sam Rivera')
    expect(body).not.toMatch(/\[[^\]]+\]/)
    const checks = page.getByRole('region', { name: 'Checks' })
    // "Looks good" waits for the grammar checker, which loads after the editor is up.
    await checks.getByText('Looks good', { exact: false }).waitFor({ timeout: 60_000 })

    // Checks follow the typing.
    await page.getByLabel('Message', { exact: true }).press('End')
    await page.getByLabel('Message', { exact: true }).pressSequentially(' the the')
    await checks.getByText(/Repeated word/).waitFor()
    await page.getByLabel('Message', { exact: true }).fill(body)
    await checks.getByText('Looks good', { exact: false }).waitFor()

    await session.shot('composer-light')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await session.shot('composer-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))

    await page.getByRole('button', { name: 'Copy', exact: true }).click()
    await expect.poll(() => harness.record.clipboard.length).toBe(1)
    const copied = harness.record.clipboard[0]
    expect(copied.text).toBe(`Subject: ${subject}\n\n${body}`)
    expect(copied.html).toContain('<p>Hi Dana,</p>')

    await page.getByRole('button', { name: 'Open in mail app' }).click()
    await expect.poll(() => harness.record.opened.length).toBe(1)
    const url = harness.record.opened[0]
    expect(url.startsWith('mailto:dana@northwind.example?')).toBe(true)
    expect(url).toContain('%20')
    expect(url).not.toContain('+')
    expect(url).toContain('%0D%0A')

    // After opening the mail app the bar also asks "Did you send it?"; this is the bar's own button.
    await page.getByRole('button', { name: 'Mark as sent' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Mark as sent' })
    expect(await dialog.getByLabel('Sent on').inputValue()).toBe(TODAY)
    await session.shot('composer-mark-sent')
    await dialog.getByRole('button', { name: 'Mark as sent' }).click()

    // Back on the process: the status check is sent and the second follow-up is next, on the
    // business day after Thanksgiving.
    await page.getByRole('heading', { name: 'Northwind Analytics', level: 1 }).waitFor()
    await page.getByText('Status check marked as sent. Next: second follow-up on Friday, November 27.').waitFor()
    const stored = await invoke<Process[]>('processes.list')
    const sentNow = stored[0].messages.find((m) => m.step === 'status-check')!
    expect(sentNow).toMatchObject({ direction: 'sent', date: TODAY, channel: 'email', situation: 'status-check' })
    expect(sentNow.subject).toBe(subject)
    const planText = await page.getByRole('region', { name: 'Follow-up plan' }).textContent()
    expect(planText).toContain('Second follow-up')
    expect(planText).toMatch(/Nov(ember)? 27/)
    await session.shot('composer-after-sent')
    // The harness serves the CSP as a <meta> (which cannot carry frame-ancestors) and has no favicon.
    const harnessNoise = /frame-ancestors' is ignored|Failed to load resource: .*404/
    expect(session.errors.filter((e) => !harnessNoise.test(e))).toEqual([])
  })
})

describe('Composer states worth a look', () => {
  it('holds a LinkedIn note to its character limit and flags a correction’s missing details', async () => {
    const { page } = session
    await page.getByRole('region', { name: 'Follow-up plan' }).getByRole('button', { name: /^Compose/ }).click()
    await page.getByText('LinkedIn connection note').click()
    const note = page.getByLabel('Connection note', { exact: true })
    await note.fill('Thanks for the conversation about the billing migration to Stripe! '.repeat(4))
    const count = page.locator('.compose-count')
    expect(await count.textContent()).toMatch(/^\d+ \/ 200 characters — \d+ over$/)
    expect(await count.evaluate((el) => getComputedStyle(el).color)).not.toBe(await page.locator('.compose-section-title').first().evaluate((el) => getComputedStyle(el).color))
    await page.getByRole('region', { name: 'Checks' }).getByText(/LinkedIn cuts connection notes at 200/).waitFor()
    await session.shot('composer-linkedin-over')

    await page.getByText('Correct a mistake').click()
    await page.getByRole('region', { name: 'Checks' }).getByText(/Fill in \[what was wrong\]/).waitFor()
    await page.getByRole('button', { name: 'Preview' }).click()
    expect(await page.locator('.compose-preview mark').allTextContents()).toEqual(['[what was wrong]', '[the correct detail]'])
    await session.shot('composer-correction-placeholders')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await session.shot('composer-correction-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))
  })

  it('prints only the handwritten card', async () => {
    const { page } = session
    await page.getByText('Handwritten thank-you card').click()
    // The previous test left the preview on.
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    const text = await page.getByLabel('Card text', { exact: true }).inputValue()
    expect(text).toMatch(/^Dear Dana,|^Hi Dana,|^Dana,/)
    await session.shot('composer-card')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.print-card').isVisible()).toBe(true)
    expect(await page.locator('#root').isVisible()).toBe(false)
    expect(await page.locator('.print-card').textContent()).toBe(text)
    await session.shot('composer-card-print')
    await page.emulateMedia({ media: 'screen' })
    expect(await page.locator('.print-card').isVisible()).toBe(false)
  })
})

describe('Thank-yous after a panel', () => {
  it('writes one per interviewer, each with their own name and address', async () => {
    const { page, harness } = session
    const p = (await invoke<Process[]>('processes.list'))[0]
    const roundId = p.rounds[0].id
    await invoke('people.save', {
      processId,
      person: { name: 'Omar Haddad', title: 'Staff Engineer', email: 'omar@northwind.example', linkedin: '', roundIds: [roundId] }
    })
    await session.reload()
    await page.getByRole('button', { name: /^Northwind Analytics/ }).click()
    await page.getByRole('button', { name: 'Compose thank-you' }).click()
    const tabs = page.getByRole('tab')
    await tabs.first().waitFor()
    expect(await tabs.allTextContents()).toEqual(['Dana Whitfield', 'Omar Haddad'])
    expect(await page.getByRole('radio', { name: /long or panel/ }).isChecked()).toBe(true)
    await tabs.nth(1).focus()
    await tabs.nth(1).press('Enter')
    expect(await page.getByLabel('Message', { exact: true }).inputValue()).toMatch(/^Hi Omar,/)
    await session.shot('composer-thank-you-tabs')
    const before = harness.record.opened.length
    await page.getByRole('button', { name: 'Open in mail app' }).click()
    await expect.poll(() => harness.record.opened.length).toBe(before + 1)
    expect(harness.record.opened.at(-1)!.startsWith('mailto:omar@northwind.example?')).toBe(true)
  })
})
