// Fresh screenshots for the README (docs/screenshots/), taken in the browser harness with the
// sample data: npx electron-vite build && npx tsx scripts/readme-screenshots.ts
import { mkdirSync } from 'node:fs'
import { openSession } from '../test/e2e/support/session'
import type { Process } from '../src/shared/model'

const OUT = 'docs/screenshots'
mkdirSync(OUT, { recursive: true })

for (const theme of ['light', 'dark'] as const) {
  const s = await openSession({ theme, locale: 'en-US' })
  const { page, harness } = s
  await harness.core.invoke('sample.load', undefined)
  await harness.core.invoke('settings.update', { theme, name: 'Sam Rivera', email: 'sam@example.com', signature: 'Sam Rivera\n(555) 010-0199' })
  await s.reload()
  await page.locator('.board-card').first().waitFor()
  const shot = async (name: string) => {
    await page.waitForTimeout(400)
    // Reminder toasts are real (sample data has due steps) but would cover the screen.
    for (const b of await page.getByRole('button', { name: 'Dismiss' }).all()) await b.click()
    await page.screenshot({ path: `${OUT}/${name}-${theme}.png` })
  }
  await shot('board')
  const list = await harness.core.invoke('processes.list', undefined)
  const northwind = (list.ok ? (list.value as Process[]) : []).find((p) => p.company.startsWith('Northwind'))!
  const round = northwind.rounds[0]
  await page.getByRole('button', { name: 'Agenda' }).click()
  await shot('agenda')
  await page.getByRole('button', { name: 'Insights' }).click()
  await shot('insights')
  await page.getByRole('button', { name: 'Pipeline' }).click()
  await page.locator('.board-card').filter({ hasText: 'Northwind' }).locator('.board-card-open').click()
  await page.locator(`#round-${round.id}`).waitFor()
  await shot('process')
  await page.locator(`#round-${round.id}`).getByRole('button', { name: 'Review notes' }).click()
  await page.getByRole('heading', { name: 'Review notes', level: 1 }).waitFor()
  await shot('review')
  await page.getByRole('button', { name: 'Settings' }).click()
  await shot('settings')
  await s.close()
}
console.log(`wrote ${OUT}/{board,agenda,insights,process,review,settings}-{light,dark}.png`)
