import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { resolveDataDir } from '../store/data-store'

// Where the data lives when the user picked a folder of their own: a tiny pointer file in the
// app's own folder, read before the store opens. AFTERVIEW_DATA_DIR still wins over it.

const POINTER = 'data-location.json'

export async function readDataLocation(appDir: string, defaultDir: string): Promise<string> {
  return resolveDataDir((await readPointer(appDir)) ?? defaultDir)
}

async function readPointer(appDir: string): Promise<string | null> {
  try {
    const raw = JSON.parse(await readFile(join(appDir, POINTER), 'utf8')) as { dataDir?: unknown }
    if (typeof raw.dataDir === 'string' && isAbsolute(raw.dataDir)) return raw.dataDir
  } catch {
    // No pointer (the usual case) or an unreadable one: the default folder.
  }
  return null
}

export async function writeDataLocation(appDir: string, dataDir: string): Promise<void> {
  await mkdir(appDir, { recursive: true })
  const target = join(appDir, POINTER)
  const temp = `${target}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify({ dataDir }, null, 2), 'utf8')
  await rename(temp, target)
}

export type FolderKind = 'empty' | 'afterview' | 'other'

/** What a folder the user picked holds: nothing, Afterview data, or something else. */
export async function inspectFolder(dir: string): Promise<FolderKind> {
  if (!existsSync(dir)) return 'empty'
  const entries = (await readdir(dir)).filter((name) => !name.startsWith('.'))
  if (entries.length === 0) return 'empty'
  return entries.includes('meta.json') ? 'afterview' : 'other'
}
