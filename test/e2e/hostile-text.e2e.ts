import { request } from 'node:http'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp'
import { isSafeExternalUrl } from '../../src/main/security/trusted-url'
import { openSession, type E2ESession } from './support/session'
import { CLEAN, CSP_LISTENER, LINKEDIN, P, POSTING, seedHostile, tripwires, type Refusal } from './support/hostile'

// Hostile text in every user field, through the contract and through the forms, on every screen.
// Two pages: the real one (CSP on) and one with CSP bypassed, where only the app's own
// text-only rendering stands between a payload and window.__pwned.

const TODAY = '2026-06-10'
let session: E2ESession
let bare: Page
let refused: Refusal[] = []
const harnessNoise = /frame-ancestors' is ignored|Failed to load resource: .*404/

beforeAll(async () => {
  session = await openSession({ today: TODAY })
  await session.page.addInitScript(CSP_LISTENER)
  ;({ refused } = await seedHostile(session.harness.core.invoke, TODAY))
  await session.reload()
  const context = await session.browser.newContext({ bypassCSP: true, viewport: { width: 1360, height: 860 } })
  bare = await context.newPage()
  bare.on('dialog', (d) => {
    session.errors.push(`dialog (no CSP): ${d.message()}`)
    void d.dismiss()
  })
  bare.on('pageerror', (e) => session.errors.push(`pageerror (no CSP): ${e.message}`))
  await bare.goto(session.harness.pageUrl)
})

afterAll(async () => {
  await session?.close()
})

async function assertClean(page: Page, where: string, visible: string[] = []): Promise<void> {
  await page.waitForTimeout(150)
  expect({ where, ...(await tripwires(page)) }).toEqual({ where, ...CLEAN })
  const text = await page.locator('#root').innerText()
  for (const v of visible) expect(text, `${where} shows ${v} as text`).toContain(v)
}

/** Board, process, review, composer, agenda, insights, settings: every screen with hostile data. */
async function tour(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('button', { name: 'Pipeline' }).click()
  const card = page.locator('.process-card, [class*="card"]').filter({ hasText: P.script }).first()
  await card.waitFor()
  await assertClean(page, `${label} board`, [P.script, P.img])

  await page.getByRole('button', { name: new RegExp(`^${P.script.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click()
  await page.getByRole('heading', { level: 1, name: P.script }).waitFor()
  await assertClean(page, `${label} process`, [P.script, P.svg, P.iframe, P.bidi, P.emoji])

  // The links: only ever web addresses reach the shell.
  await page.locator('.posting-link').click()
  await page.getByRole('button', { name: /LinkedIn profile/ }).first().click()
  await page.getByRole('button', { name: /Open the meeting link/ }).first().click()
  await assertClean(page, `${label} process after link clicks`)

  await page.getByRole('button', { name: 'Review notes' }).first().click()
  await page.getByRole('heading', { level: 1, name: 'Review notes' }).waitFor()
  await assertClean(page, `${label} review`, [P.script, P.img, P.iframe])
  await page.locator('.back-link').click()

  await page.getByRole('button', { name: 'Compose thank-you' }).first().click()
  await page.getByLabel('Subject').waitFor()
  await page.getByLabel('Message', { exact: true }).fill(`${P.img}\n${P.script}\n${P.bidi}`)
  await page.getByRole('button', { name: 'Preview' }).click()
  await assertClean(page, `${label} composer preview`, [P.img, P.script])
  await page.getByRole('button', { name: 'Edit', exact: true }).click()

  await nav.getByRole('button', { name: 'Agenda' }).click()
  await page.waitForTimeout(200)
  await assertClean(page, `${label} agenda`, [P.script])
  await nav.getByRole('button', { name: 'Insights' }).click()
  await page.waitForTimeout(200)
  await assertClean(page, `${label} insights`)
  await nav.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Your name').waitFor()
  expect(await page.getByLabel('Your name').inputValue()).toBe(P.img)
  await assertClean(page, `${label} settings`)
}

describe('hostile text', () => {
  it('is refused with a clear message where the schema forbids it', () => {
    const byWhat = Object.fromEntries(refused.map((r) => [r.what, r]))
    expect(byWhat['javascript: posting URL']).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('https://') })
    expect(byWhat['file: posting URL']).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('https://') })
    expect(byWhat['javascript: LinkedIn URL']).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('https://') })
    expect(byWhat['10,000-character company']).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('200 characters') })
    expect(byWhat['10,000-character signature']).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('2,000 characters') })
    expect(byWhat['invalid round date 2026-02-30']).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('full date') })
  })

  it('is shown as text and runs nothing on any screen, with CSP and without it', async () => {
    await tour(session.page, 'csp')
    await session.shot('hostile-settings')
    await session.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Pipeline' }).click()
    await session.page.getByRole('button', { name: /^<script>/ }).first().click()
    await session.page.getByRole('heading', { level: 1, name: P.script }).waitFor()
    await session.shot('hostile-process')
    await tour(bare, 'no-csp')
    expect(await bare.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
  })

  it('reaches the shell only as http(s) links, never javascript: or file:', async () => {
    const { opened } = session.harness.record
    expect(opened.length).toBeGreaterThanOrEqual(6)
    expect(opened.filter((u) => !isSafeExternalUrl(u) || /^(javascript|file|data):/i.test(u))).toEqual([])
    expect(opened).toContain(POSTING)
    expect(opened).toContain(LINKEDIN)
    // Straight through the bridge, as a compromised page would try: refused, nothing recorded.
    const before = opened.length
    const results = await session.page.evaluate(async (urls) => {
      const api = (window as unknown as { afterview: { invoke(c: string, i: unknown): Promise<unknown> } }).afterview
      return Promise.all(urls.map((url) => api.invoke('shell.openExternal', { url })))
    }, [P.js, 'JAVASCRIPT:alert(1)', P.file, 'data:text/html,x', ' javascript:alert(1)', 'file://host/share'])
    expect(results.every((r) => (r as { ok: boolean; value?: { opened: boolean } }).value?.opened === false)).toBe(true)
    expect(opened.length).toBe(before)
  })

  it('typed into the forms: refused links show an inline error, markup is stored and shown as text', async () => {
    const page = session.page
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Pipeline' }).click()
    await page.getByRole('button', { name: /New process/ }).click()
    const dialog = page.getByRole('dialog', { name: 'New interview process' })
    await dialog.getByLabel('Company').fill(P.svg)
    await dialog.getByLabel('Role').fill(P.iframe)
    for (const bad of [P.js, P.file]) {
      await dialog.getByLabel('Job posting link').fill(bad)
      await dialog.getByRole('button', { name: 'Create' }).click()
      await dialog.getByText(/web address starting with https:\/\//).waitFor()
    }
    expect((await session.harness.core.invoke('processes.list', undefined)) as { value: unknown[] }).toMatchObject({ value: { length: 2 } })
    await dialog.getByLabel('Job posting link').fill('https://jobs.example/<b>bold</b>')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await page.getByRole('heading', { level: 1, name: P.svg }).waitFor()

    await page.getByRole('button', { name: '+ Add', exact: true }).click()
    const personDialog = page.getByRole('dialog', { name: 'Add someone you met' })
    await personDialog.getByLabel('Name').fill(P.img)
    await personDialog.getByLabel('LinkedIn profile').fill(P.js)
    await personDialog.getByRole('button', { name: 'Add person' }).click()
    await personDialog.getByText(/https:\/\//).first().waitFor()
    await personDialog.getByLabel('LinkedIn profile').fill('')
    await personDialog.getByRole('button', { name: 'Add person' }).click()
    await personDialog.waitFor({ state: 'detached' })

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Your name').fill(P.script)
    await page.getByLabel('Signature').fill(`${P.iframe}\n${P.bidi}`)
    await expect.poll(async () => ((await session.harness.core.invoke('settings.get', undefined)) as { value: { name: string } }).value.name).toBe(P.script)
    await assertClean(page, 'forms', [])
    const created = ((await session.harness.core.invoke('processes.list', undefined)) as { value: { company: string; role: string; people: { name: string }[] }[] }).value
    const mine = created.find((p) => p.company === P.svg)!
    expect(mine.role).toBe(P.iframe)
    expect(mine.people[0].name).toBe(P.img)
    expect(session.errors.filter((e) => !harnessNoise.test(e))).toEqual([])
  })

  it('the tripwires work: the same markup parsed as HTML does fire (and CSP reports it)', async () => {
    // Run last: it deliberately injects markup into both pages.
    await bare.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), P.img)
    await expect.poll(() => bare.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(1)
    const page = session.page
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), P.img)
    await expect.poll(async () => (await tripwires(page)).cspViolations.length).toBeGreaterThan(0)
    const fired = await tripwires(page)
    expect(fired.pwned).toBeUndefined()
    expect(fired.injected.length + fired.handlerAttributes.length).toBeGreaterThan(0)
  })
})

function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string }): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      res.resume()
      ok(res.statusCode ?? 0)
      res.destroy()
    })
    req.on('error', fail)
    req.end(opts.body)
  })
}

describe('the harness', () => {
  it('serves the page with the app’s CSP, and the built page carries it too', async () => {
    const built = readFileSync('out/renderer/index.html', 'utf8')
    const meta = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ')
    expect(built).toContain(`<meta http-equiv="Content-Security-Policy" content="${meta}"`)
    const res = await fetch(`${session.harness.url}/`)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(new URL(session.harness.url).hostname).toBe('127.0.0.1')
  })

  it('refuses calls without the token, with a wrong Host, or from a foreign Origin', async () => {
    const { url, token } = session.harness
    const port = new URL(url).port
    const body = JSON.stringify({ channel: 'processes.create', input: { company: 'Injected', role: 'x' } })
    const json = { 'content-type': 'application/json' }
    const invoke = `${url}/__afterview/invoke`
    const cases: [string, Record<string, string>, number][] = [
      ['no token', json, 403],
      ['wrong token', { ...json, 'x-afterview-token': 'guess' }, 403],
      ['wrong Host (DNS rebinding)', { ...json, 'x-afterview-token': token, host: `evil.example:${port}` }, 421],
      ['foreign Origin', { ...json, 'x-afterview-token': token, origin: 'http://evil.example' }, 403],
      ['same port, other scheme as Origin', { ...json, 'x-afterview-token': token, origin: `https://127.0.0.1:${port}` }, 403],
      ['not JSON', { 'content-type': 'text/plain', 'x-afterview-token': token }, 415]
    ]
    for (const [name, headers, status] of cases) expect(await raw(invoke, { method: 'POST', headers, body }), name).toBe(status)
    expect(await raw(`${url}/__afterview/events`, {}), 'events without token').toBe(403)
    expect(await raw(`${url}/__afterview/record`, { headers: { 'x-afterview-token': 'guess' } }), 'record with wrong token').toBe(403)
    expect(await raw(`${url}/`, { headers: { host: 'evil.example' } }), 'page with wrong Host').toBe(421)
    const list = (await session.harness.core.invoke('processes.list', undefined)) as { value: { company: string }[] }
    expect(list.value.some((p) => p.company === 'Injected')).toBe(false)
    // The control: the same request with the token and no foreign headers works.
    expect(await raw(invoke, { method: 'POST', headers: { ...json, 'x-afterview-token': token }, body: JSON.stringify({ channel: 'app.info' }) })).toBe(200)
  })
})
