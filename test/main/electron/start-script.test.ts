import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// `npm start` on a clone whose Electron runtime has not been fetched yet: the launcher
// (scripts/ensure-electron.mjs) runs first, then electron-vite starts Electron on the built app.
// The real runtime cannot run here, so a stand-in executable records how it was started.

const run = promisify(execFile)
const root = path.resolve(__dirname, '../../..')
const launcher = path.join(root, 'scripts/ensure-electron.mjs')
let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'afterview-start-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function script(name: string, body: string): Promise<string> {
  const file = path.join(tmp, name)
  await writeFile(file, `#!/usr/bin/env node\n${body}\n`)
  await chmod(file, 0o755)
  return file
}

/** Runs the launcher alone; resolves with its exit code and output instead of throwing. */
async function launch(env: Record<string, string>) {
  const clean = { ...process.env }
  delete clean.ELECTRON_EXEC_PATH
  try {
    const { stdout, stderr } = await run(process.execPath, [launcher], { cwd: root, env: { ...clean, ...env } })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('npm start', () => {
  it('starts the Electron named by ELECTRON_EXEC_PATH on the built app, with no download', { timeout: 120_000 }, async () => {
    const record = path.join(tmp, 'started.json')
    const standIn = await script('electron-stand-in', `require('node:fs').writeFileSync(process.env.STAND_IN_RECORD, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }))`)
    // Building is part of `npm start`; when another run already built the app, only the start is timed here.
    const built = existsSync(path.join(root, 'out/main/index.js'))
    const args = built ? ['start', '--', '--skipBuild'] : ['start']
    const installer = await script('installer-must-not-run.cjs', `require('node:fs').writeFileSync(${JSON.stringify(path.join(tmp, 'downloaded'))}, '')`)
    await run('npm', args, {
      cwd: root,
      env: { ...process.env, ELECTRON_EXEC_PATH: standIn, STAND_IN_RECORD: record, AFTERVIEW_ELECTRON_INSTALLER: installer },
      timeout: 110_000
    })
    const started = JSON.parse(await readFile(record, 'utf8')) as { argv: string[]; cwd: string }
    // electron-vite hands Electron the project folder, whose package.json "main" is the built entry.
    expect(path.resolve(started.cwd, started.argv[0])).toBe(root)
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { main: string }
    expect(pkg.main).toBe('out/main/index.js')
    expect(existsSync(path.join(root, pkg.main))).toBe(true)
    expect(existsSync(path.join(tmp, 'downloaded'))).toBe(false)
  })
})

describe('the Electron launcher', () => {
  it('when the runtime cannot be fetched, says so in one line with how to retry, and fails', async () => {
    const electronDir = path.join(tmp, 'electron-unfetched')
    await mkdir(electronDir)
    const installer = await script('installer-offline.cjs', `console.error(new TypeError('fetch failed').stack); process.exit(1)`)
    const out = await launch({ AFTERVIEW_ELECTRON_DIR: electronDir, AFTERVIEW_ELECTRON_INSTALLER: installer })
    expect(out.code).not.toBe(0)
    const lines = out.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/could not fetch Electron’s runtime \(fetch failed\)/)
    expect(lines[0]).toMatch(/network/)
    expect(lines[0]).toMatch(/`npm start` again/)
    expect(out.stderr + out.stdout).not.toMatch(/uninstall/i)
  })

  it('runs Electron’s installer when path.txt is missing and is done once the runtime is there', async () => {
    const electronDir = path.join(tmp, 'electron-fetchable')
    await mkdir(electronDir)
    const installer = await script(
      'installer-ok.cjs',
      `const fs = require('node:fs'); fs.mkdirSync('dist'); fs.writeFileSync('dist/electron', ''); fs.writeFileSync('path.txt', 'electron')`
    )
    const out = await launch({ AFTERVIEW_ELECTRON_DIR: electronDir, AFTERVIEW_ELECTRON_INSTALLER: installer })
    expect(out).toMatchObject({ code: 0, stderr: '' })
    expect(await readFile(path.join(electronDir, 'path.txt'), 'utf8')).toBe('electron')
  })

  it('an installer that exits 0 without leaving a runtime is a failure, not a silent pass', async () => {
    const electronDir = path.join(tmp, 'electron-half')
    await mkdir(electronDir)
    const installer = await script('installer-noop.cjs', `process.exit(0)`)
    const out = await launch({ AFTERVIEW_ELECTRON_DIR: electronDir, AFTERVIEW_ELECTRON_INSTALLER: installer })
    expect(out.code).not.toBe(0)
    expect(out.stderr).toMatch(/could not fetch Electron’s runtime/)
  })

  it('an ELECTRON_EXEC_PATH that names nothing is refused in one line', async () => {
    const out = await launch({ ELECTRON_EXEC_PATH: path.join(tmp, 'no-such-electron') })
    expect(out.code).not.toBe(0)
    expect(out.stderr.trim().split('\n')).toHaveLength(1)
    expect(out.stderr).toMatch(/ELECTRON_EXEC_PATH names .*no-such-electron/)
  })
})
