// Board speed in a real Chromium against the browser harness, on 5,000 processes / 10,000
// rounds with ~1 KB of notes each: first render of the board after its data arrives, and
// search keystroke-to-paint. Needs a built renderer (npx electron-vite build) and Chromium.
import { chromium, type Page } from 'playwright-core'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { openStore } from '../src/main/store/data-store'
import { startHarness } from '../src/main/harness/server'
import { makeBenchDataset } from './store-data'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
const ms = (x: number) => `${x.toFixed(1)} ms`

// Runs in the page before the app: notes when the first card is in the DOM and the frame after it.
const WATCH_FIRST_CARD = () => {
  const w = window as unknown as Record<string, number>
  new MutationObserver((_, observer) => {
    if (document.querySelector('.board-card')) {
      observer.disconnect()
      w.__cardsAt = performance.now()
      requestAnimationFrame(() => (w.__paintAt = performance.now()))
    }
  }).observe(document, { subtree: true, childList: true })
}

// In-page helpers, passed as source text so that the bundler's helpers never leak into the page.
// A keydown listener keeps the key's own timestamp; a mutation observer on the board notes its
// last change and when the frame that shows it has been rendered: the task right after that
// frame's animation callbacks, which is where the browser styles, lays out and paints it.
// Both are recorded in the page as they happen, so the figure does not depend on when the probe
// below starts (it only starts after Playwright's round trip for the key, 10-15 ms later), and a
// frame whose start time precedes the change but which still renders it counts as painting it.
const INSTALL_PROBES = `(() => {
  const w = window
  w.__keyAt = 0
  w.__lastMutation = -1
  w.__paintedFor = -2
  w.__paintedAt = NaN
  w.__events = []
  document.addEventListener('keydown', (e) => { w.__keyAt = e.timeStamp }, true)
  const afterFrame = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = done
    channel.port2.postMessage(null)
  })
  new MutationObserver(() => {
    const at = performance.now()
    w.__lastMutation = at
    afterFrame(() => { if (w.__lastMutation === at) { w.__paintedFor = at; w.__paintedAt = performance.now() } })
  }).observe(document.querySelector('.board-body') || document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  // Event Timing: the browser's own input-to-next-paint for each interaction (reported when >= 16 ms).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__events.push({ id: e.interactionId, duration: e.duration })
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
})()`

// Waits until the board has been quiet for six frames, then reports key → its last change painted.
const WAIT_FOR_PAINT = `(async () => {
  const w = window
  const frame = () => new Promise((ok) => requestAnimationFrame(ok))
  let quiet = 0
  const started = performance.now()
  while (quiet < 6 && performance.now() - started < 3000) {
    const seen = w.__lastMutation
    await frame()
    quiet = w.__lastMutation === seen && w.__paintedFor === seen ? quiet + 1 : 0
  }
  return w.__lastMutation >= w.__keyAt && w.__paintedFor === w.__lastMutation ? w.__paintedAt - w.__keyAt : -1
})()`

export async function benchBoard(): Promise<void> {
  if (!existsSync('out/renderer/index.html') || !existsSync(CHROMIUM)) {
    console.log('board: skipped (needs `npx electron-vite build` and Chromium at ' + CHROMIUM + ')')
    return
  }
  const dir = await mkdtemp(join(tmpdir(), 'afterview-bench-board-'))
  const data = makeBenchDataset('typical', 5000, 1024)
  const seed = await openStore({ dir })
  await seed.importAll(data)
  await seed.close()
  const rounds = data.processes.reduce((n, p) => n + p.rounds.length, 0)
  console.log(`\nboard (Chromium, ${data.processes.length} processes, ${rounds} rounds, ~1 KB notes each)`)

  const harness = await startHarness({ rendererDir: 'out/renderer', dataDir: dir })
  // A returning user: the first-run welcome would stand where the board is measured.
  await harness.core.invoke('settings.update', { onboarded: true })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
    await page.addInitScript(WATCH_FIRST_CARD)
    const renders: number[] = []
    const totals: number[] = []
    for (let run = 0; run < 5; run++) {
      if (run === 0) await page.goto(harness.pageUrl)
      else await page.reload()
      await page.waitForFunction(() => (window as unknown as { __paintAt?: number }).__paintAt, null, { timeout: 60_000 })
      const t = await page.evaluate(() => ({
        loaded: performance.getEntriesByName('afterview:data-loaded')[0]?.startTime ?? NaN,
        paint: (window as unknown as { __paintAt: number }).__paintAt
      }))
      renders.push(t.paint - t.loaded)
      totals.push(t.paint)
    }
    console.log(`  first render (data in → board painted): median ${ms(pct(renders, 50))}, max ${ms(Math.max(...renders))}  (goal ≤ 250 ms)`)
    console.log(`  page open → board painted (incl. loading ${data.processes.length} processes over the bridge): median ${ms(pct(totals, 50))}  (goal ≤ 500 ms)`)

    await page.evaluate(INSTALL_PROBES)
    await page.click('#board-search')
    // The first pass types the first four letters of a company name: every process matches them,
    // so it measures the cost of a keystroke that leaves the columns as they are. The second
    // types whole names ("company 1008"), which narrows the board with each digit and widens it
    // again with each Backspace: it measures painting cards that come and go.
    const prefixes = data.processes.slice(0, 12).map((p) => p.company.toLowerCase().slice(0, 4))
    const names = data.processes.slice(0, 8).map((p) => p.company.toLowerCase())
    const board = [
      report('first letters, columns unchanged', await typeWords(page, prefixes)),
      report('whole names, columns narrow and widen', await typeWords(page, names))
    ]

    // The control: a bare page with one box whose text is echoed below it, typed the same way
    // in the same browser. What it misses is the cost of this software-rendered Chromium itself.
    const control = await browser.newPage({ viewport: { width: 1360, height: 860 } })
    await control.setContent(CONTROL_PAGE)
    await control.evaluate(INSTALL_PROBES)
    await control.click('#board-search')
    const controlP95 = report('control page', await typeWords(control, [...prefixes, ...names]), 'control page (plain input echoed below it)')
    const worst = Math.max(...board)
    const goal = controlP95 > 16 ? 1.25 * controlP95 : 16
    console.log(
      `  search keystroke → next paint p95: board ${ms(worst)} (worst pass), control ${ms(controlP95)}; ` +
        `goal ≤ ${ms(goal)} (16 ms, or 1.25× the control when the control misses frames): ${worst <= goal ? 'ok' : 'OVER'}`
    )
  } finally {
    await browser.close()
    await harness.close()
    await rm(dir, { recursive: true, force: true })
  }
}

interface Typed {
  keys: number
  toResults: number[]
  /** Event Timing durations of the interactions that took longer than a frame. */
  overFrame: number[]
}

/** Types each word into the search box and deletes it again, one keystroke at a time. */
async function typeWords(page: Page, words: string[]): Promise<Typed> {
  // Only this pass's keystrokes: not the click that focused the box, nor an earlier pass.
  await page.evaluate('window.__events = []')
  const toResults: number[] = []
  let keys = 0
  const press = async (key: string) => {
    await page.keyboard.press(key)
    keys++
    const t = (await page.evaluate(WAIT_FOR_PAINT)) as number
    if (t >= 0) toResults.push(t)
  }
  for (const word of words) {
    for (const ch of word) await press(ch === ' ' ? 'Space' : ch)
    for (let i = 0; i < word.length; i++) await press('Backspace')
  }
  const slow = (await page.evaluate('window.__events')) as { id: number; duration: number }[]
  const perInteraction = new Map<number, number>()
  for (const e of slow) if (e.id) perInteraction.set(e.id, Math.max(perInteraction.get(e.id) ?? 0, e.duration))
  // Event Timing rounds to 8 ms and reports a bare frame as 16 ms: only longer ones missed it.
  return { keys, toResults, overFrame: [...perInteraction.values()].filter((d) => d > 16) }
}

const CONTROL_PAGE = `<!doctype html><html><body>
<input id="board-search" aria-label="Control"><div class="board-body"><p id="echo"></p></div>
<script>
const box = document.getElementById('board-search')
box.addEventListener('input', () => { document.getElementById('echo').textContent = box.value })
</script></body></html>`

/** Prints a pass's figures; returns its keystroke → next paint p95 (16 when within a frame). */
function report(what: string, { keys, toResults, overFrame }: Typed, title = `search (${what})`): number {
  const p95 = pct([...overFrame, ...Array(keys - overFrame.length).fill(16)], 95)
  const inpP95 = overFrame.length / keys <= 0.05 ? '≤ 16 ms' : ms(p95)
  console.log(`  ${title}, ${keys} real keystrokes:`)
  console.log(`    keystroke → next paint (Event Timing): p95 ${inpP95}; ${overFrame.length} of ${keys} took longer than a frame  (goal p95 ≤ 16 ms)`)
  console.log(`    keystroke → filtered cards painted: p50 ${ms(pct(toResults, 50))}, p95 ${ms(pct(toResults, 95))}, max ${ms(Math.max(...toResults))}`)
  return overFrame.length / keys <= 0.05 ? 16 : p95
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchBoard()
