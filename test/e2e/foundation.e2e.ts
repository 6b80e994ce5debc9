import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSession, type E2ESession } from './support/session'
import type { Process } from '../../src/shared/model'

// The foundation walk: create a process, add a round and notes, drag it to Waiting, reload and
// find it persisted, search for it (by company and by a word only in its notes), and see a
// script payload in the notes stay text.

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
const NOTES = `Met Marcus Oyelaran (eng mgr).\n- they are splitting the routing monolith\n- ${XSS}\n- decide by Friday`

let s: E2ESession
let page: Page

const list = async (): Promise<Process[]> => {
  const r = await s.harness.core.invoke('processes.list', undefined)
  if (!r.ok) throw new Error(r.error.message)
  return r.value as Process[]
}
// A column is a board section labelled by its heading ("Waiting" and a hidden count).
const column = (name: string) => page.locator('section.board-column').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}\\b`) }) })

beforeAll(async () => {
  s = await openSession({ today: '2026-03-10' })
  page = s.page
})
afterAll(async () => {
  await s?.close()
})

describe('foundation walk', () => {
  it('shows a welcoming empty state', async () => {
    await expect.poll(() => page.getByRole('button', { name: 'Try with sample data' }).count()).toBe(1)
    await s.shot('empty-state')
  })

  it('creates a process with inline validation first', async () => {
    await page.getByRole('button', { name: 'Add your first interview' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect.poll(() => dialog.getByText('A company name is needed').count()).toBeGreaterThan(0)
    await s.shot('create-dialog-errors')
    await dialog.getByLabel('Company').fill('Larkspur Freight')
    await dialog.getByLabel('Role').fill('Backend Engineer')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect.poll(async () => (await list()).map((p) => p.company)).toEqual(['Larkspur Freight'])
    await expect.poll(() => page.getByRole('heading', { name: 'Larkspur Freight' }).count()).toBeGreaterThan(0)
  })

  it('adds a round and notes that autosave', async () => {
    await page.getByRole('button', { name: '+ Add round' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Label').fill('Onsite')
    await dialog.getByLabel('Date').fill('2026-03-09')
    await s.shot('round-dialog')
    await dialog.getByRole('button', { name: 'Add round' }).click()
    await expect.poll(async () => (await list())[0].rounds.length).toBe(1)
    const notes = page.locator('.notes-textarea').first()
    await notes.click()
    await notes.fill(NOTES)
    await expect.poll(() => page.getByText('Saved', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0)
    const p = (await list())[0]
    const stored = await s.harness.core.invoke('notes.get', { processId: p.id, roundId: p.rounds[0].id })
    expect(stored).toEqual({ ok: true, value: { text: NOTES } })
    await s.shot('process-detail')
  })

  it('drags the card from Interviewed to Waiting', async () => {
    await page.getByRole('button', { name: 'Pipeline' }).click()
    const card = column('Interviewed').locator('.board-card').filter({ hasText: 'Larkspur Freight' })
    await expect.poll(() => card.count()).toBe(1)
    const from = (await card.boundingBox())!
    const to = (await column('Waiting').boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + 20)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + 25, { steps: 4 })
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 })
    await page.mouse.up()
    await expect.poll(async () => (await list())[0].stage).toBe('waiting')
    await expect.poll(() => column('Waiting').getByText('Larkspur Freight').count()).toBe(1)
  })

  it('keeps everything after a reload', async () => {
    await s.reload()
    await expect.poll(() => column('Waiting').getByText('Larkspur Freight').count()).toBe(1)
    await s.shot('board-light')
  })

  it('finds the process by company and by a word only in its notes', async () => {
    const search = page.locator('#board-search')
    await search.fill('larkspur')
    await expect.poll(() => page.locator('.board-card').count()).toBe(1)
    await search.fill('monolith')
    await expect.poll(() => page.locator('.board-card').count(), { timeout: 5000 }).toBe(1)
    await search.fill('no-such-company-anywhere')
    await expect.poll(() => page.locator('.board-card').count(), { timeout: 5000 }).toBe(0)
    await expect.poll(() => page.getByText('No matches', { exact: false }).count()).toBeGreaterThan(0)
    await search.fill('')
  })

  it('shows a script payload in the notes as text and runs nothing', async () => {
    await page.locator('.board-card').filter({ hasText: 'Larkspur Freight' }).locator('.board-card-open').click()
    const notes = page.locator('.notes-textarea').first()
    await expect.poll(() => notes.inputValue()).toBe(NOTES)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
  })

  it('renders the board in dark mode', async () => {
    await s.harness.core.invoke('sample.load', undefined)
    await s.harness.core.invoke('settings.update', { theme: 'dark' })
    await s.reload()
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await expect.poll(() => page.locator('.board-card').count()).toBeGreaterThan(3)
    await s.shot('board-dark')
    await s.harness.core.invoke('settings.update', { theme: 'light' })
    await s.reload()
    await expect.poll(() => page.locator('.board-card').count()).toBeGreaterThan(3)
    await s.shot('board-sample-light')
  })

  it('logged no page errors', () => {
    const real = s.errors.filter((e) => !e.includes('favicon'))
    expect(real).toEqual([])
  })
})
