// The e2e tests drive a real Chromium. Debian's package is the one that works offline here;
// install it when we can (root + apt), otherwise say exactly what is missing.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
if (!canApt) {
  console.error(`Chromium is needed for the end-to-end tests and was not found at ${path}.
Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`)
  process.exit(1)
}
console.log('Installing Chromium for the end-to-end tests (apt-get install chromium)…')
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
