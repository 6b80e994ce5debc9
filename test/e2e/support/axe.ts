import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

// axe-core over the DevTools protocol (as the test runner, not as page script), so the app's
// Content-Security-Policy stays as shipped. Serious and critical violations are returned; lesser
// ones are printed for a look.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface Finding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

export async function axeCheck(page: Page, screen: string, theme: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  // Let transitions and late paints settle so colours are final.
  await page.waitForTimeout(150)
  const findings = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
    // The target plus axe's own summary (for contrast: the colours and the ratio found).
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`)
    }))
  })) as Finding[]
  const minor = findings.filter((f) => f.impact !== 'serious' && f.impact !== 'critical')
  if (minor.length) console.log(`[a11y] ${theme} ${screen}: ${minor.map((f) => `${f.id} (${f.impact}) ${f.targets.join(', ')}`).join('; ')}`)
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')
}

