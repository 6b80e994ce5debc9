// The labelled notes the point model trains and is measured on (eval/notes/README.md), and the
// older labelled sets kept with the extractor's tests.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LabelledFile } from '../src/shared/extract/evaluation'
import type { LabelledCase } from '../src/shared/extract/training'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function readDir(dir: string): LabelledFile[] {
  const full = resolve(root, dir)
  return readdirSync(full)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), cases: JSON.parse(readFileSync(resolve(full, f), 'utf8')) as LabelledCase[] }))
}

/** eval/notes/*.json: the sets measured file by file. */
export function evalFiles(): LabelledFile[] {
  return readDir('eval/notes')
}

/** test/shared/extract/fixtures/*.json: older sets (no speakers). */
export function fixtureFiles(): LabelledFile[] {
  return readDir('test/shared/extract/fixtures')
}

/** One labelled file anywhere (a held-out set). */
export function readLabelledFile(path: string): LabelledFile {
  const full = resolve(process.cwd(), path)
  const name = full.replace(/^.*[\\/]/, '').replace(/\.json$/, '')
  return { name, cases: JSON.parse(readFileSync(full, 'utf8')) as LabelledCase[] }
}

export const WEIGHTS_PATH = resolve(root, 'src/shared/extract/weights.json')
