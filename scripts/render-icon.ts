// Renders build/icon.svg to the PNG sizes the installers need (1024 source, 512, 256).
// Run after changing the SVG: npx tsx scripts/render-icon.ts
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'

const svg = readFileSync('build/icon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const size of [1024, 512, 256]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`)
  await page.screenshot({ path: size === 1024 ? 'build/icon.png' : `build/icon-${size}.png`, omitBackground: true })
  await page.close()
}
await browser.close()
console.log('wrote build/icon.png, build/icon-512.png, build/icon-256.png')
