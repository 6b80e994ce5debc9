import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// electron-builder against the real electron-builder.yml. Electron cannot be downloaded here, so
// the package is built for linux `dir` around a stand-in Electron folder (one fake executable):
// what goes into app.asar is the same whatever binary sits beside it.

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const ROOT = resolve(__dirname, '../..')
const BUILDER = join(ROOT, 'node_modules/electron-builder/cli.js')
const VITE = join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
const tools = existsSync(BUILDER) && existsSync(VITE) && hasAsar()

let work = ''
let asarPath = ''
let files: string[] = []

function hasAsar(): boolean {
  try {
    require.resolve('@electron/asar')
    return true
  } catch {
    return false
  }
}

/** Every package the runtime dependencies pull in, read from node_modules (flat npm layout). */
function runtimeClosure(): Set<string> {
  const seen = new Set<string>()
  const queue = Object.keys(pkg.dependencies)
  while (queue.length) {
    const name = queue.pop()!
    if (seen.has(name)) continue
    const manifest = join(ROOT, 'node_modules', name, 'package.json')
    if (!existsSync(manifest)) continue // an optional dependency for another platform
    seen.add(name)
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
    queue.push(...Object.keys(json.dependencies ?? {}), ...Object.keys(json.optionalDependencies ?? {}))
  }
  return seen
}

const packageOf = (file: string): string | null => {
  const parts = file.split('/').filter(Boolean)
  if (parts[0] !== 'node_modules' || parts.length < 2) return null
  return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]
}

describe.skipIf(!tools)('packaging (electron-builder, linux dir, stand-in Electron)', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'afterview-pack-'))
    const electronDist = join(work, 'electron-dist')
    await mkdir(join(electronDist, 'resources'), { recursive: true })
    await writeFile(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n')
    await chmod(join(electronDist, 'electron'), 0o755)
    await writeFile(join(electronDist, 'version'), '45.3.4')
    await run(process.execPath, [VITE, 'build', '--logLevel', 'warn'], { cwd: ROOT, timeout: 60_000 })
    const output = join(work, 'dist')
    await run(
      process.execPath,
      [BUILDER, '--linux', 'dir', `-c.electronDist=${electronDist}`, '-c.electronVersion=45.3.4', `-c.directories.output=${output}`, '--publish', 'never'],
      { cwd: ROOT, timeout: 80_000, env: { ...process.env, CI: '1', ELECTRON_BUILDER_OFFLINE: '1' } }
    )
    asarPath = join(output, 'linux-unpacked/resources/app.asar')
    const { listPackage } = await import('@electron/asar')
    files = listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'))
  }, 90_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('produces the app executable named after the product beside app.asar', () => {
    const appDir = join(asarPath, '../..')
    expect(existsSync(join(appDir, 'afterview'))).toBe(true)
    expect(existsSync(join(appDir, 'electron'))).toBe(false)
  })

  it('packs only the built app, package.json and runtime dependencies', async () => {
    const { statFile } = await import('@electron/asar')
    const outside = files.filter((f) => !/^\/(out(\/|$)|package\.json$|node_modules(\/|$))/.test(f))
    expect(outside).toEqual([])
    for (const required of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(files).toContain(required)
    expect(files.filter((f) => f.endsWith('.map') || /\.(ts|tsx|mts|cts)$/.test(f))).toEqual([])
    for (const dir of ['src', 'test', 'bench', 'scripts', 'build', 'dist', '.e2e-artifacts']) {
      expect(files.some((f) => f === `/${dir}` || f.startsWith(`/${dir}/`)), dir).toBe(false)
    }

    const packed = new Set(files.map(packageOf).filter((p): p is string => p !== null))
    const closure = runtimeClosure()
    expect([...packed].sort()).toEqual([...closure].sort())
    for (const dev of Object.keys(pkg.devDependencies)) expect(packed.has(dev), dev).toBe(false)
    for (const dep of ['zod', 'lowdb', 'steno', 'date-holidays']) expect(packed.has(dep), dep).toBe(true)

    // The packed manifest points Electron at the built main entry.
    const manifest = JSON.parse(
      (await import('@electron/asar')).extractFile(asarPath, 'package.json').toString('utf8')
    ) as { main: string; version: string }
    expect(manifest).toMatchObject({ main: 'out/main/index.js', version: pkg.version })

    // A summary for whoever reads the test log.
    const sizes = new Map<string, number>()
    let total = 0
    for (const f of files) {
      const stat = statFile(asarPath, f.slice(1)) as { size?: number }
      if (typeof stat.size !== 'number') continue
      total += stat.size
      const key = packageOf(f) ?? f.split('/').slice(0, 3).join('/')
      sizes.set(key, (sizes.get(key) ?? 0) + stat.size)
    }
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`
    const lines = [...sizes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(28)} ${mb(v)}`)
    const asarBytes = (await readFile(asarPath)).length
    console.log(`app.asar: ${files.length} entries, ${mb(total)} of files, archive ${mb(asarBytes)}\n${lines.join('\n')}`)
    // Measured 59.5 MB: out/renderer 24.3 MB (of it harper's grammar WebAssembly, one 15.4 MB
    // .wasm file), date-holidays with astronomia, moment and the rest ~35 MB.
    expect(asarBytes).toBeLessThan(80 * 1024 * 1024)
  })

  it('ships the grammar checker\'s WebAssembly once, as a file, not inlined into scripts', async () => {
    const { extractFile } = await import('@electron/asar')
    const wasm = files.filter((f) => f.endsWith('.wasm'))
    expect(wasm).toEqual([expect.stringMatching(/^\/out\/renderer\/assets\/harper_wasm_bg-[\w-]+\.wasm$/)])
    const scripts = files.filter((f) => f.startsWith('/out/renderer/') && f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const f of scripts) {
      const text = extractFile(asarPath, f.slice(1)).toString('utf8')
      expect(text.includes('data:application/wasm'), f).toBe(false)
    }
  })

  it('leaves the browser harness out of the main bundle', async () => {
    const { extractFile } = await import('@electron/asar')
    const main = extractFile(asarPath, 'out/main/index.js').toString('utf8')
    const { BRIDGE_SCRIPT } = await import('../../src/main/harness/bridge-script')
    expect(main).not.toContain(BRIDGE_SCRIPT.slice(0, 200))
    expect(main).not.toContain('/__afterview/')
    expect(main).not.toContain('startHarness')
  })

  it('every package the main bundle imports is packed and loads from the package alone', async () => {
    const { extractAll } = await import('@electron/asar')
    const extracted = join(work, 'extracted')
    extractAll(asarPath, extracted)
    const main = await readFile(join(extracted, 'out/main/index.js'), 'utf8')
    const imported = new Set([...main.matchAll(/(?:from\s*|import\(\s*)["']([^"'.][^"']*)["']/g)].map((m) => m[1]))
    const bare = [...imported].filter((s) => !s.startsWith('node:') && s !== 'electron')
    expect(bare.length).toBeGreaterThan(0)
    // Run in a child so the repo's node_modules is not on the resolution path.
    const probe = [
      ...bare.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`),
      `import Holidays from 'date-holidays';`,
      `const hd = new Holidays('US');`,
      `const july4 = hd.getHolidays(2026).find((h) => h.date.startsWith('2026-07-03'));`,
      `console.log(JSON.stringify({ loaded: ${bare.length}, observed: july4 ? july4.name : null }));`
    ].join('\n')
    await writeFile(join(extracted, 'probe.mjs'), probe)
    const { stdout } = await run(process.execPath, ['probe.mjs'], { cwd: extracted, timeout: 20_000 })
    expect(JSON.parse(stdout)).toEqual({ loaded: bare.length, observed: expect.stringMatching(/Independence Day/) })
  })
})

if (!tools) {
  describe('packaging', () => {
    it.skip('needs electron-builder, electron-vite and @electron/asar in node_modules', () => {})
  })
}
