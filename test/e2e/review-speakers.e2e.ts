import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Process } from '../../src/shared/model'
import { openSession, type E2ESession } from './support/session'

// Who said each point and the words drafts use for it, end to end: chosen on the review screen,
// stored, still there after a reload, and used by the composer's point list.

const TODAY = '2026-03-04'
const NOTES = [
  'Panel with Maya Chen (design director) and Tom Okafor (PM).',
  '- Maya said my accessibility audit case study was exactly what they need.',
  "- Tom worried I haven't worked on B2B healthcare workflows.",
  '- Team does design crits Tues/Thurs, async-first.',
  '- I promised to send Maya the Figma link to the patient-intake redesign.'
].join('\n')

let session: E2ESession
let processId = ''
let roundId = ''

async function invoke<T>(channel: string, input?: unknown): Promise<T> {
  const result = await session.harness.core.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

const span = (text: string) => ({ start: NOTES.indexOf(text), end: NOTES.indexOf(text) + text.length })
const accepted = (id: string, category: string, text: string, speaker: string | null) => ({
  id, category, text, ...span(text), status: 'accepted', source: 'extracted', speaker
})

beforeAll(async () => {
  session = await openSession({ today: TODAY })
  await invoke('settings.update', { name: 'Sam Rivera', onboarded: true })
  let p = await invoke<Process>('processes.create', { company: 'Brightline Health', role: 'Product Designer', stage: 'interviewed' })
  processId = p.id
  p = await invoke<Process>('rounds.save', { processId, round: { label: 'Panel', date: '2026-03-03', time: '10:00', format: 'panel', location: '' } })
  roundId = p.rounds[0].id
  for (const [name, title] of [['Maya Chen', 'Design Director'], ['Tom Okafor', 'Product Manager']]) {
    await invoke('people.save', { processId, person: { name, title, email: '', linkedin: '', roundIds: [roundId] } })
  }
  await invoke('notes.save', { processId, roundId, text: NOTES })
  await invoke('review.save', {
    processId,
    roundId,
    points: [
      accepted('k1', 'praise', 'Maya said my accessibility audit case study was exactly what they need.', 'Maya Chen'),
      accepted('k2', 'concern', "Tom worried I haven't worked on B2B healthcare workflows.", 'Tom Okafor'),
      accepted('k3', 'culture', 'Team does design crits Tues/Thurs, async-first.', null)
    ]
  })
  await session.reload()
})

afterAll(async () => {
  await session?.close()
})

async function openReview() {
  const { page } = session
  await page.getByRole('button', { name: /^Brightline Health/ }).click()
  await page.locator(`#round-${roundId}`).getByRole('button', { name: 'Review notes' }).click()
  await page.getByRole('heading', { name: 'Review notes', level: 1 }).waitFor()
}

const point = (words: string) => session.page.getByRole('listitem', { name: new RegExp(words) })

describe('Speakers and mentions, end to end', () => {
  it('changes who said a point and its words for drafts, and keeps both', async () => {
    const { page } = session
    await openReview()

    const culture = point('design crits')
    await culture.getByLabel('Said by').selectOption('Maya Chen')
    await culture.getByRole('button', { name: /^(?:Reword|Write words) for drafts/ }).click()
    const words = culture.getByRole('textbox', { name: 'In drafts' })
    await words.fill('your twice-weekly design critiques')
    await words.press('Enter')
    await culture.getByText('“your twice-weekly design critiques”').waitFor()
    await expect
      .poll(async () => (await invoke<Process[]>('processes.list')).find((p) => p.id === processId)!.rounds[0].points.find((p) => p.id === 'k3'))
      .toMatchObject({ speaker: 'Maya Chen', speakerEdited: true, mention: 'your twice-weekly design critiques' })

    await page.evaluate(() => document.getElementById('main')!.scrollTo(0, 0))
    await session.shot('review-speakers-light')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await session.shot('review-speakers-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))

    await session.reload()
    await openReview()
    expect(await point('design crits').getByLabel('Said by').inputValue()).toBe('Maya Chen')
    await point('design crits').getByText('“your twice-weekly design critiques”').waitFor()

    // The composer lists each point with its words for drafts, and offers the ones a draft left out.
    await page.getByRole('button', { name: /Brightline Health · Product Designer/ }).click()
    await page.getByRole('region', { name: 'Follow-up plan' }).getByRole('button', { name: /^Compose/ }).click()
    const body = page.getByLabel('Message', { exact: true })
    await body.waitFor()
    const keyPoints = page.getByRole('region', { name: 'Key points' })
    await keyPoints.getByText('“your twice-weekly design critiques”').waitFor()
    await body.fill('Hi Maya,\n\nThank you for your time yesterday.\n\nBest,\nSam Rivera')
    const leftOut = page.getByRole('region', { name: /^Not in this draft/ })
    const add = leftOut.getByRole('button', { name: 'Add to the draft: your twice-weekly design critiques' })
    await add.waitFor()
    await session.shot('composer-points-light')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'))
    await session.shot('composer-points-dark')
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'))
    await add.click()
    await expect.poll(() => body.inputValue()).toMatch(/your twice-weekly design critiques[^\n]*\n\nBest,\nSam Rivera$/)
    await add.waitFor({ state: 'detached' })

    const harnessNoise = /frame-ancestors' is ignored|Failed to load resource: .*404/
    expect(session.errors.filter((e) => !harnessNoise.test(e))).toEqual([])
  })
})
