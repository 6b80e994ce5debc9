import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSession, type E2ESession } from './support/session'
import { axeCheck, type Finding } from './support/axe'

// axe-core on every screen, in light and dark, through the real CSP: axe is evaluated over the
// DevTools protocol (as the test runner, not as page script), so the app's policy stays as
// shipped. Serious and critical violations fail; lesser ones are printed for a look.

const TODAY = '2026-03-10'

/** What the keyboard reaches from the top of the page: each stop's name and whether focus shows. */
async function tabWalk(page: Page, stops: number): Promise<{ name: string; visible: boolean }[]> {
  // A click on blank space at the top-left moves the sequential focus starting point there.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.mouse.click(2, 2)
  const seen: { name: string; visible: boolean }[] = []
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(async () => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return { name: '(body)', visible: false }
      // Date and time inputs take one Tab per part (month, day, year): count the control once.
      const marks = window as unknown as { lastTabStop?: Element }
      if (marks.lastTabStop === el) return { name: '(same)', visible: true }
      marks.lastTabStop = el
      // Compare settled looks: a focus ring that fades in reads as "no change" mid-transition.
      const settle = async () => {
        await new Promise(requestAnimationFrame)
        await Promise.all(el.getAnimations().map((a) => a.finished.catch(() => undefined)))
      }
      // Visible focus: the element looks different focused than not (outline, ring, border,
      // background). Blurring keeps Chromium's sequential focus point, so the next Tab goes on.
      const look = () => {
        const c = getComputedStyle(el)
        return [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.borderColor, c.backgroundColor].join('|')
      }
      await settle()
      const focused = look()
      el.blur()
      await settle()
      const visible = look() !== focused
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent
      const name = el.getAttribute('aria-label') || labelled || el.textContent?.trim().slice(0, 40) || el.tagName
      return { name, visible }
    })
    // Past the last control focus leaves the page: the walk is over.
    if (stop.name === '(body)') break
    if (stop.name !== '(same)') seen.push(stop)
  }
  return seen
}

function walk(theme: 'light' | 'dark') {
  describe(`accessibility, ${theme}`, () => {
    let s: E2ESession
    let page: Page
    const failures: Record<string, Finding[]> = {}
    const check = async (screen: string) => {
      const found = await axeCheck(page, screen, theme)
      if (found.length) failures[screen] = found
      await s.shot(`a11y-${theme}-${screen}`)
      return found
    }
    /** Every control on the screen, by Tab: how many, and the ones whose focus does not show. */
    const focusWalk = async () => {
      const stops = await tabWalk(page, 200)
      return { count: stops.length, hidden: stops.filter((x) => !x.visible).map((x) => x.name) }
    }

    beforeAll(async () => {
      s = await openSession({ onboarded: false, today: TODAY, theme, locale: 'en-US' })
      page = s.page
    })
    afterAll(async () => {
      await s?.close()
    })

    it('welcome', async () => {
      await page.getByRole('heading', { name: 'First, a little about you' }).waitFor()
      expect.soft(await check('welcome')).toEqual([])
      const stops = await tabWalk(page, 6)
      expect(stops.map((x) => x.name)).toEqual(['Your name', 'Your email', 'Signature', 'Country', 'Get started', 'Skip for now'])
      expect(stops.filter((x) => !x.visible)).toEqual([])
      await page.getByRole('button', { name: 'Skip for now' }).click()
    })

    it('empty board and the create dialog', async () => {
      await page.getByRole('button', { name: 'Try with sample data' }).waitFor()
      expect.soft(await check('empty-board')).toEqual([])
      await page.getByRole('button', { name: 'Add your first interview' }).click()
      await page.getByRole('dialog').waitFor()
      await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
      expect.soft(await check('create-dialog')).toEqual([])
      await page.keyboard.press('Escape')
      await page.getByRole('dialog').waitFor({ state: 'detached' })
    })

    it('board with sample data, keyboard reachable with visible focus', async () => {
      await page.getByRole('button', { name: 'Try with sample data' }).click()
      await page.getByRole('heading', { name: 'Pipeline' }).waitFor()
      expect.soft(await check('board')).toEqual([])
      // Sidebar, the main region, the toolbar, then into the columns: a card and its move menu.
      const stops = await tabWalk(page, 30)
      const names = stops.map((x) => x.name)
      expect(names.some((n) => n.endsWith('Pipeline')), names.join(' | ')).toBe(true)
      expect(names.some((n) => n.includes('New process')), names.join(' | ')).toBe(true)
      expect(names.some((n) => /movable card|\. (Scheduled|Interviewed|Waiting|Following up|Offer|Closed)$/.test(n)), names.join(' | ')).toBe(true)
      expect(names.some((n) => n.startsWith('Move ')), names.join(' | ')).toBe(true)
      expect(stops.filter((x) => !x.visible), names.join(' | ')).toEqual([])
    })

    it('process detail, review and composer', async () => {
      await page.getByRole('button', { name: /^Northwind Analytics/ }).first().click()
      await page.getByRole('heading', { name: 'Northwind Analytics', level: 1 }).waitFor()
      expect.soft(await check('process')).toEqual([])
      expect.soft(await focusWalk()).toMatchObject({ hidden: [] })
      await page.getByRole('button', { name: 'Review notes' }).first().click()
      await page.getByRole('heading', { name: 'Review notes', level: 1 }).waitFor()
      expect.soft(await check('review')).toEqual([])
      expect.soft(await focusWalk()).toMatchObject({ hidden: [] })
      await page.getByRole('button', { name: 'Pipeline' }).click()
      await page.getByRole('button', { name: /^Northwind Analytics/ }).first().click()
      await page.getByRole('region', { name: 'Follow-up plan' }).getByRole('button', { name: /^Compose/ }).first().click()
      await page.getByRole('region', { name: 'Checks' }).waitFor()
      expect.soft(await check('composer')).toEqual([])
      expect.soft(await focusWalk()).toMatchObject({ hidden: [] })
    })

    it('agenda, insights and settings', async () => {
      for (const [nav, screen] of [
        ['Agenda', 'agenda'],
        ['Insights', 'insights'],
        ['Settings', 'settings']
      ] as const) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: nav }).click()
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        expect.soft(await check(screen), screen).toEqual([])
        const walk = await focusWalk()
        expect.soft(walk, screen).toMatchObject({ hidden: [] })
        expect(walk.count, screen).toBeGreaterThan(4)
      }
    })

    it('no page errors along the way', () => {
      expect(failures).toEqual({})
      expect(s.errors).toEqual([])
    })
  })
}

walk('light')
walk('dark')
