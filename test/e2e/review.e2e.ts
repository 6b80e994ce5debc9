import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Process } from '../../src/shared/model'
import { openSession, type E2ESession } from './support/session'

// The note review, end to end through the real core: notes typed after a Monday interview,
// points accepted and edited, the "by Friday" decision date confirmed, a person added and the
// round reflected on; after a reload everything is still there, in the UI and in the data.

const TODAY = '2026-01-13'
const NOTES = [
  'Met w/ Dana Whitfield, VP Sales (dana@northwind.example) for 45 min.',
  '- Their big project is the billing migration to Stripe',
  '- She loved my dashboard project',
  '- Concern: no experience with dbt',
  '- Team does async standups, very collaborative',
  '- Send her the case study'
].join('\n')
const TYPED = "\n- They said they'd decide by Friday"

let session: E2ESession
let processId = ''
let roundId = ''

async function invoke<T>(channel: string, input?: unknown): Promise<T> {
  const result = await session.harness.core.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

const stored = async () => (await invoke<Process[]>('processes.list')).find((p) => p.id === processId)!

beforeAll(async () => {
  session = await openSession({ today: TODAY })
  await invoke('settings.update', { name: 'Sam Rivera', onboarded: true })
  let p = await invoke<Process>('processes.create', { company: 'Northwind Analytics', role: 'Data Analyst', stage: 'interviewed' })
  processId = p.id
  p = await invoke<Process>('rounds.save', {
    processId,
    round: { label: 'Hiring manager interview', date: '2026-01-12', time: '10:00', format: 'video', location: '' }
  })
  roundId = p.rounds[0].id
  await invoke('rounds.save', { processId, round: { label: 'Panel', date: '2026-01-20', time: '14:00', format: 'panel', location: '' } })
  await session.reload()
})

afterAll(async () => {
  await session?.close()
})

async function openReview() {
  const { page } = session
  await page.getByRole('button', { name: /^Northwind Analytics/ }).click()
  await page.locator(`#round-${roundId}`).getByRole('button', { name: 'Review notes' }).click()
  await page.getByRole('heading', { name: 'Review notes', level: 1 }).waitFor()
}

const point = (words: string) => session.page.getByRole('listitem', { name: new RegExp(words) })

describe('Note review, end to end', () => {
  it('extracts while typing, keeps every choice, and still has them after a reload', async () => {
    const { page } = session
    await openReview()
    const notesBox = page.getByLabel('Notes text')
    await notesBox.fill(NOTES)
    await notesBox.press('End')
    await notesBox.pressSequentially(TYPED)

    // Live extraction: the points arrive grouped, the date and the person are found.
    await point('dashboard project').waitFor()
    const praise = page.getByRole('region', { name: /^Praise/ })
    expect(await praise.getByRole('listitem').count()).toBe(1)
    const decision = page.getByRole('region', { name: 'Decision date' })
    await decision.getByText('decide by Friday').waitFor()
    expect(await decision.textContent()).toContain('Friday, January 16')

    await point('dashboard project').getByRole('button', { name: 'Accept' }).click()

    const topic = point('billing migration')
    await topic.getByRole('button', { name: 'Edit' }).click()
    const editBox = page.getByLabel('Point text')
    await editBox.fill('Billing migration from Braintree to Stripe')
    await editBox.press('Enter')
    await point('Braintree').waitFor()

    // Keyboard: focus a point and drop it with D.
    await point('async standups').focus()
    await page.keyboard.press('d')
    await page.locator('details.dropped-group').waitFor()

    await decision.getByRole('button', { name: /^Confirm/ }).click()
    await decision.getByText('✓ Confirmed').waitFor()

    const people = page.getByRole('region', { name: 'People in these notes' })
    await people.getByRole('button', { name: 'Add Dana Whitfield to people' }).click()
    await people.getByText('✓ In people').waitFor()

    await page.getByRole('radiogroup', { name: /How clear were my answers/ }).getByRole('radio', { name: '4 of 5' }).check()
    await page.getByLabel('In a line: What would I do differently?').fill('Lead with the churn numbers')

    // Hovering a point lights up its words in the highlighted notes.
    await page.getByRole('button', { name: 'Highlights' }).click()
    await point('dashboard project').hover()
    await page.locator('.notes-view mark.active', { hasText: 'She loved my dashboard project' }).waitFor()

    // The hover above scrolled the page; the screenshots show it from the top, the point still lit.
    await page.evaluate(() => document.getElementById('main')!.scrollTo(0, 0))
    await point('dashboard project').focus()
    await session.shot('review-light')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await session.shot('review-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))

    // While editing, the focused point's words are drawn behind the text, lined up with it.
    await page.getByRole('group', { name: 'Notes view' }).getByRole('button', { name: 'Edit' }).click()
    await point('case study').focus()
    const mark = page.locator('.notes-mirror mark', { hasText: 'Send her the case study' })
    await mark.waitFor()
    const markBox = (await mark.boundingBox())!
    const caret = await notesBox.evaluate((el: HTMLTextAreaElement, at) => {
      // Where the same words sit in the textarea: measure with a range over a mirror-free copy.
      const copy = document.createElement('div')
      const style = getComputedStyle(el)
      for (const prop of ['font', 'padding', 'border', 'width', 'whiteSpace', 'overflowWrap', 'lineHeight', 'letterSpacing', 'boxSizing', 'overflowY'] as const) copy.style[prop] = style[prop]
      const r = el.getBoundingClientRect()
      Object.assign(copy.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, height: `${r.height}px`, visibility: 'hidden' })
      copy.textContent = el.value
      document.body.append(copy)
      const range = document.createRange()
      range.setStart(copy.firstChild!, at)
      range.setEnd(copy.firstChild!, at + 1)
      const box = range.getBoundingClientRect()
      copy.remove()
      return { x: box.left, y: box.top }
    }, (NOTES + TYPED).indexOf('Send her'))
    expect(Math.abs(markBox.x - caret.x)).toBeLessThan(2)
    expect(Math.abs(markBox.y - caret.y)).toBeLessThan(2)
    await session.shot('review-edit-mode')

    // Everything reaches the data before the reload.
    await expect
      .poll(async () => {
        const p = await stored()
        const round = p.rounds.find((r) => r.id === roundId)!
        return {
          accepted: round.points.filter((x) => x.status === 'accepted').map((x) => x.text).sort(),
          dropped: round.points.filter((x) => x.status === 'dropped').map((x) => x.text),
          decisionBy: p.decisionBy,
          phrase: p.decisionPhrase,
          people: p.people.map((x) => [x.name, x.email, x.roundIds]),
          clarity: round.reflection?.clarity.rating,
          differently: round.reflection?.differently.text
        }
      }, { timeout: 5000 })
      .toEqual({
        accepted: ['Billing migration from Braintree to Stripe', 'She loved my dashboard project'],
        dropped: ['Team does async standups, very collaborative'],
        decisionBy: '2026-01-16',
        phrase: 'decide by Friday',
        people: [['Dana Whitfield', 'dana@northwind.example', [roundId]]],
        clarity: 4,
        differently: 'Lead with the churn numbers'
      })
    expect((await invoke<{ text: string }>('notes.get', { processId, roundId })).text).toBe(NOTES + TYPED)
    const saved = (await stored()).rounds.find((r) => r.id === roundId)!.points
    const edited = saved.find((x) => x.text.includes('Braintree'))!
    expect((NOTES + TYPED).slice(edited.start!, edited.end!)).toBe('Their big project is the billing migration to Stripe')

    await session.reload()
    await openReview()
    await point('Braintree').waitFor()
    expect(await point('dashboard project').getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true')
    expect(await point('Braintree').getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByRole('region', { name: /^Culture/ }).getByRole('listitem').count()).toBe(0)
    expect(await page.locator('details.dropped-group').textContent()).toContain('async standups')
    await page.getByRole('region', { name: 'Decision date' }).getByText('✓ Confirmed').waitFor()
    await page.getByRole('region', { name: 'People in these notes' }).getByText('✓ In people').waitFor()
    expect(await page.getByRole('radiogroup', { name: /How clear were my answers/ }).getByRole('radio', { name: '4 of 5' }).isChecked()).toBe(true)
    expect(await page.getByLabel('In a line: What would I do differently?').inputValue()).toBe('Lead with the churn numbers')
    expect(await page.getByRole('region', { name: 'Notes with highlighted key points' }).textContent()).toBe(NOTES + TYPED)

    // The other round opens from the switcher, empty and ready to type.
    await page.getByRole('navigation', { name: 'Rounds' }).getByRole('button', { name: /Panel/ }).click()
    await expect.poll(() => page.getByLabel('Notes text').isVisible()).toBe(true)
    expect(await page.getByLabel('Notes text').inputValue()).toBe('')
    await session.shot('review-empty-round')

    const harnessNoise = /frame-ancestors' is ignored|Failed to load resource: .*404/
    expect(session.errors.filter((e) => !harnessNoise.test(e))).toEqual([])
  })
})
