import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Process } from '../../src/shared/model'
import { openSession, type E2ESession } from './support/session'

// A 1024×700 window with the sample data and a right-to-left company: one horizontal scrollbar
// (the board's own), names shown whole, the composer's bar clear of the draft, toasts clear of
// every button, and the card's ⋯ clear of a right-to-left name.

let session: E2ESession
let northwind: Process

const RTL_COMPANY = 'شركة النور للتقنية'

beforeAll(async () => {
  session = await openSession({ locale: 'en-US' })
  const { harness } = session
  await harness.core.invoke('sample.load', undefined)
  await harness.core.invoke('settings.update', { name: 'Sam Rivera', email: 'sam@example.com', signature: 'Sam Rivera\n(555) 010-0199' })
  await harness.core.invoke('processes.create', { company: RTL_COMPANY, role: 'مهندس برمجيات أول', stage: 'waiting' })
  const list = await harness.core.invoke('processes.list', undefined)
  northwind = (list.ok ? (list.value as Process[]) : []).find((p) => p.company.startsWith('Northwind'))!
  await session.page.setViewportSize({ width: 1024, height: 700 })
  await session.reload()
  await session.page.locator('.board-card').first().waitFor()
})

afterAll(async () => {
  await session?.close()
})

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function dismissToasts(page: Page) {
  for (const b of await page.locator('.toasts').getByRole('button', { name: 'Dismiss' }).all()) await b.click().catch(() => {})
}

describe('a 1024×700 window', () => {
  it('board: no page-wide horizontal scrollbar, titles and company names whole', async () => {
    const { page } = session
    await dismissToasts(page)
    const layout = await page.evaluate(() => {
      const main = document.getElementById('main')!
      const cut = (el: Element) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1
      return {
        mainOverflow: main.scrollWidth - main.clientWidth,
        cutTitles: [...document.querySelectorAll('.board-column-header h2, .board-card-company')].filter(cut).map((e) => e.textContent)
      }
    })
    expect(layout.mainOverflow).toBeLessThanOrEqual(0)
    expect(layout.cutTitles).toEqual([])
    await session.shot('small-window-board-1024')
  })

  it("board: a right-to-left company name stays clear of the card's ⋯ button", async () => {
    const { page } = session
    const card = page.locator('.board-card').filter({ hasText: RTL_COMPANY })
    const gap = await card.evaluate((el) => {
      const name = el.querySelector('.board-card-company')!
      const range = document.createRange()
      range.selectNodeContents(name)
      const text = [...range.getClientRects()]
      const menu = el.querySelector('.board-card-menu')!.getBoundingClientRect()
      return Math.min(...text.filter((r) => r.top < menu.bottom && r.bottom > menu.top).map((r) => menu.left - r.right))
    })
    expect(gap).toBeGreaterThanOrEqual(0)
  })

  it('composer: the sticky bar never covers the end of the draft, and toasts never cover its buttons', async () => {
    const { page } = session
    await page.locator('.board-card').filter({ hasText: 'Northwind' }).locator('.board-card-open').click()
    await page.locator(`#round-${northwind.rounds[0].id}`).waitFor()
    await page.getByRole('button', { name: /^Compose/ }).first().click()
    const bar = page.getByRole('toolbar', { name: 'Send or save the draft' })
    await bar.waitFor()
    await page.locator('#main').evaluate((m) => m.scrollTo(0, m.scrollHeight))
    const body = (await page.locator('#compose-body').boundingBox())!
    const barBox = (await bar.boundingBox())!
    expect(body.y + body.height).toBeLessThanOrEqual(barBox.y)
    // One row of buttons at this width.
    const buttons = await bar.getByRole('button').all()
    const tops = new Set(await Promise.all(buttons.map(async (b) => Math.round((await b.boundingBox())!.y))))
    expect(tops.size).toBe(1)

    await page.locator('#main').evaluate((m) => m.scrollTo(0, 0))
    await bar.getByRole('button', { name: 'Copy', exact: true }).click()
    const toast = page.locator('.toast').filter({ hasText: 'copied' })
    await toast.waitFor()
    const toastBox = (await toast.boundingBox())!
    for (const b of await page.locator('#main').getByRole('button').all()) {
      const box = await b.boundingBox()
      if (box) expect(overlaps(toastBox, box), (await b.textContent()) ?? '').toBe(false)
    }
    await session.shot('small-window-compose-toast-1024')
  })
})
