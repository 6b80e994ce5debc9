import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Process } from '../../src/shared/model'
import { openSession, type E2ESession } from './support/session'

// The grammar and spelling checker in the real page: harper's WebAssembly loads in a worker
// under the app's CSP, a misspelling is underlined exactly over its word, the user's own names
// are not, and one click on a suggestion fixes the draft.

const TODAY = '2026-11-13'
let session: E2ESession

async function invoke<T>(channel: string, input?: unknown): Promise<T> {
  const result = await session.harness.core.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

beforeAll(async () => {
  session = await openSession({ today: TODAY })
  await invoke('settings.update', { name: 'Sam Rivera', email: 'sam@example.com', country: 'US', region: '', onboarded: true })
  let p = await invoke<Process>('processes.create', { company: 'Quillterra Labs', role: 'Data Analyst', stage: 'interviewed' })
  const processId = p.id
  p = await invoke<Process>('rounds.save', {
    processId,
    round: { label: 'Hiring manager interview', date: '2026-11-12', time: '10:00', format: 'video', location: '' }
  })
  const roundId = p.rounds[0].id
  await invoke<Process>('people.save', {
    processId,
    person: { name: 'Oluwaseun Adeyemi', title: 'Analytics Manager', email: 'seun@quillterra.example', linkedin: '', roundIds: [roundId] },
    mainContact: true
  })
  await invoke('notes.save', { processId, roundId, text: 'Talked about moving the Kafkorn pipeline to the warehouse.' })
  await invoke('review.save', {
    processId,
    roundId,
    points: [{ id: 'k1', category: 'topic', text: 'moving the Kafkorn pipeline to the warehouse', start: null, end: null, status: 'accepted', source: 'user' }]
  })
  await session.reload()
})

afterAll(async () => {
  await session?.close()
})

describe('Grammar checks in the composer', () => {
  it('underlines a misspelling over its word, not the user’s names, and fixes it in one click', async () => {
    const { page } = session
    await page.getByRole('button', { name: /^Quillterra Labs/ }).click()
    await page.getByRole('region', { name: 'Follow-up plan' }).getByRole('button', { name: /^Compose/ }).click()
    const body = page.getByLabel('Message', { exact: true })
    await body.waitFor()
    // The editor is usable before the checker has loaded.
    const checks = page.getByRole('region', { name: 'Checks' })
    await body.fill('Hi Oluwaseun,\n\nThank you.')
    expect(await body.inputValue()).toBe('Hi Oluwaseun,\n\nThank you.')

    await checks.getByText(/Loading the grammar/).waitFor({ state: 'detached', timeout: 60_000 })
    // It runs in its own worker, off the page's main thread.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/grammar-worker/)])
    const text = 'Hi Oluwaseun,\n\nThank you for the converstion about moving the Kafkorn pipeline at Quillterra.\n\nBest,\nSam Rivera'
    await body.fill(text)
    const mark = page.locator('.grammar-layer mark', { hasText: 'converstion' })
    await mark.waitFor()
    expect(await page.locator('.grammar-layer mark').allTextContents()).toEqual(['converstion'])

    // The underline sits exactly over the word in the textarea.
    const markBox = (await mark.boundingBox())!
    const wordBox = await body.evaluate((el: HTMLTextAreaElement, at) => {
      const copy = document.createElement('div')
      const style = getComputedStyle(el)
      for (const prop of ['font', 'padding', 'border', 'width', 'whiteSpace', 'overflowWrap', 'lineHeight', 'letterSpacing', 'boxSizing', 'scrollbarGutter'] as const) copy.style[prop] = style[prop]
      copy.style.overflowY = 'hidden'
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
    }, text.indexOf('converstion'))
    expect(Math.abs(markBox.x - wordBox.x)).toBeLessThan(2)
    expect(Math.abs(markBox.y - wordBox.y)).toBeLessThan(2)

    // Once warm, a new slip is underlined soon after typing pauses.
    await body.press('End')
    const typedAt = await page.evaluate(() => performance.now())
    await body.pressSequentially(' Thanks agian.')
    const typedEnd = await page.evaluate(() => performance.now())
    await page.locator('.grammar-layer mark', { hasText: 'agian' }).waitFor()
    const shownAt = await page.evaluate(() => performance.now())
    console.log(`grammar: underline ${Math.round(shownAt - typedEnd)} ms after the last key (typing took ${Math.round(typedEnd - typedAt)} ms)`)
    expect(shownAt - typedEnd).toBeLessThan(1000)

    await checks.locator('[data-check="grammar"]').waitFor()
    await session.shot('composer-grammar-light')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    // A click on the underlined word lands in the textarea above it, with the caret in the word.
    const at = (await mark.boundingBox())!
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2)
    const popover = page.getByRole('group', { name: 'Suggestions for “converstion”' })
    await popover.waitFor()
    await session.shot('composer-grammar-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))

    await popover.getByRole('button', { name: 'conversation', exact: true }).click()
    await expect.poll(() => body.inputValue()).toContain('Thank you for the conversation about')
    await checks.getByRole('button', { name: 'Change “agian” to “again”' }).click()
    await expect.poll(() => body.inputValue()).toContain('Thanks again.')
    await page.locator('.grammar-layer mark').first().waitFor({ state: 'detached' })
    await checks.locator('[data-check="grammar"]').waitFor({ state: 'detached' })

    const harnessNoise = /frame-ancestors' is ignored|Failed to load resource: .*404/
    expect(session.errors.filter((e) => !harnessNoise.test(e))).toEqual([])
  })
})
