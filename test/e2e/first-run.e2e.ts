import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSession, type E2ESession } from './support/session'
import type { Settings } from '../../src/shared/model'

// A first start on fresh data: the welcome asks who the drafts are from and the country (from
// the browser's locale), then the empty board offers sample data; a reload does not ask again.

let s: E2ESession
let page: Page

const settings = async (): Promise<Settings> => {
  const r = await s.harness.core.invoke('settings.get', undefined)
  if (!r.ok) throw new Error(r.error.message)
  return r.value as Settings
}

beforeAll(async () => {
  s = await openSession({ onboarded: false, locale: 'en-GB' })
  page = s.page
})
afterAll(async () => {
  await s?.close()
})

describe('first run', () => {
  it('opens on the welcome, country taken from the locale, name field focused', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'First, a little about you' }).count()).toBe(1)
    expect(await page.getByLabel('Country').inputValue()).toBe('GB')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('name')
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0)
    await s.shot('welcome')
  })

  it('walks the form by keyboard and saves it', async () => {
    await page.keyboard.type('Sam Rivera')
    await page.keyboard.press('Tab')
    await page.keyboard.type('sam@example')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByText(/email/i).and(page.locator('.field-error')).count()).toBe(1)
    await s.shot('welcome-error')
    await page.getByLabel('Your email').fill('sam@example.com')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Sam Rivera')
    await page.keyboard.press('Enter')
    await page.keyboard.type('sam@example.com')
    await page.getByLabel('Country').selectOption('IE')
    await page.getByRole('button', { name: 'Get started' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Try with sample data' }).count()).toBe(1)
    expect(await settings()).toMatchObject({
      name: 'Sam Rivera',
      email: 'sam@example.com',
      signature: 'Sam Rivera\nsam@example.com',
      country: 'IE',
      onboarded: true
    })
    await s.shot('welcome-done-empty-board')
  })

  it('does not ask again after a reload, and sample data fills the board', async () => {
    await s.reload()
    await expect.poll(() => page.getByRole('button', { name: 'Try with sample data' }).count()).toBe(1)
    expect(await page.getByRole('heading', { name: 'First, a little about you' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Try with sample data' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Pipeline' }).count()).toBe(1)
    expect(s.errors).toEqual([])
  })
})
