// Runs before `npm start` and `npm run dev`. Electron's npm package fetches its runtime lazily, on
// first use, and writes node_modules/electron/path.txt once it has one; electron-vite only reads
// that file and otherwise stops with a bare "Electron uninstall". So: use ELECTRON_EXEC_PATH as
// is when it is set, fetch the runtime with Electron's own installer when it is missing, and when
// that fails say so in one line, with how to retry.
//
// For tests: AFTERVIEW_ELECTRON_DIR replaces the electron package folder and
// AFTERVIEW_ELECTRON_INSTALLER the installer script run there.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'

const INSTALLER_HINT = 'node node_modules/electron/install.js'

function fail(line) {
  console.error(line)
  process.exit(1)
}

/** The runtime Electron's package points at, or null when it has not been fetched (completely). */
function installedRuntime(electronDir) {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? executable : null
}

/** The installer's last complaint, shortened to one line ("fetch failed", "ENOTFOUND …"). */
function reasonFrom(output) {
  const lines = String(output ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '))
  const last = lines.at(-1)
  return last ? last.replace(/^\w*Error:\s*/, '').slice(0, 160) : ''
}

const execPath = process.env.ELECTRON_EXEC_PATH
if (execPath) {
  if (!existsSync(execPath)) fail(`ELECTRON_EXEC_PATH names ${execPath}, which does not exist: point it at an Electron binary or unset it.`)
  process.exit(0)
}

const electronDir = process.env.AFTERVIEW_ELECTRON_DIR ?? dirname(createRequire(import.meta.url).resolve('electron/package.json'))
if (installedRuntime(electronDir)) process.exit(0)

const installer = process.env.AFTERVIEW_ELECTRON_INSTALLER ?? join(electronDir, 'install.js')
console.log('Fetching Electron’s runtime (first start only)…')
// The installer's stack trace is noise to someone starting the app; its last line is kept as the reason.
const result = spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'] })
if (result.status === 0 && installedRuntime(electronDir)) process.exit(0)

const reason = reasonFrom(result.stderr) || result.error?.message || `the installer exited with ${result.status}`
const retry = process.env.AFTERVIEW_ELECTRON_INSTALLER ? `node ${relative(process.cwd(), installer)}` : INSTALLER_HINT
fail(
  `Afterview could not fetch Electron’s runtime (${reason}). Check your network connection, then run ` +
    `\`npm start\` again (or \`${retry}\` to fetch it on its own).`
)
