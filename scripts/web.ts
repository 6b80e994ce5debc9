// `npm run web`: build, then serve the renderer on 127.0.0.1 with the real core behind it.
// Flags: --no-build, --port N, --data DIR (default: a new temporary folder), --today YYYY-MM-DD
import { execSync } from 'node:child_process'
import { startHarness } from '../src/main/harness/server'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (!args.includes('--no-build')) execSync('npx electron-vite build', { stdio: 'inherit' })
const harness = await startHarness({
  rendererDir: 'out/renderer',
  dataDir: flag('--data'),
  port: flag('--port') ? Number(flag('--port')) : 5199,
  today: flag('--today')
})
console.log(`\nAfterview harness (tests and demos only)\n  data: ${harness.dataDir}\n  open: ${harness.pageUrl}\n`)
const stop = () => void harness.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
