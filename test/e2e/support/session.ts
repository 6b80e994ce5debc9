import { chromium, type Browser, type Page } from 'playwright-core'
import { existsSync, mkdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startHarness, type Harness, type HarnessOptions } from '../../../src/main/harness/server'

// One browser + one harness per test file. The renderer must be built first (npm run test:e2e
// does that); the data folder is a fresh temporary one unless a test passes its own.

export const SCREENSHOT_DIR = resolve('.e2e-artifacts/screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

export interface E2ESession {
  browser: Browser
  page: Page
  harness: Harness
  /** Pages' console errors and uncaught exceptions, for tests to assert on. */
  errors: string[]
  shot(name: string): Promise<string>
  reload(): Promise<void>
  close(): Promise<void>
}

export interface SessionOptions extends Partial<HarnessOptions> {
  theme?: 'light' | 'dark'
  /** false: keep the first-run welcome (fresh data starts with it); default true skips it. */
  onboarded?: boolean
  /** The browser's locale (navigator.language); Chromium's default otherwise. */
  locale?: string
  /** The browser's IANA time zone (Intl's resolved zone); the machine's otherwise. */
  timezoneId?: string
}

export async function openSession(opts: SessionOptions = {}): Promise<E2ESession> {
  if (!existsSync('out/renderer/index.html')) throw new Error('Build the renderer first: npx electron-vite build')
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  const ownData = opts.dataDir ? null : await mkdtemp(join(tmpdir(), 'afterview-e2e-'))
  const { theme, onboarded = true, locale, timezoneId, ...harnessOpts } = opts
  const harness = await startHarness({ rendererDir: 'out/renderer', ...harnessOpts, dataDir: opts.dataDir ?? ownData! })
  if (onboarded) await harness.core.invoke('settings.update', { onboarded: true })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
  const context = await browser.newContext({
    viewport: { width: 1360, height: 860 },
    colorScheme: theme ?? 'light',
    deviceScaleFactor: 1,
    ...(locale ? { locale } : {}),
    ...(timezoneId ? { timezoneId } : {})
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`)
  })
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  await page.goto(harness.pageUrl)
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return {
    browser,
    page,
    harness,
    errors,
    async shot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path, fullPage: false })
      return path
    },
    async reload() {
      await page.reload()
    },
    async close() {
      await browser.close()
      await harness.close()
      if (ownData) await rm(ownData, { recursive: true, force: true })
    }
  }
}
