import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The extractor must learn from the labelled notes, never quote them: no run of four words of
// any labelled note may appear anywhere in its code, word lists or weights.

const root = resolve(import.meta.dirname, '../../..')
const extractDir = resolve(root, 'src/shared/extract')
const labelledDirs = ['eval/notes', 'test/shared/extract/fixtures']

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []

function labelledRuns(): Set<string> {
  const runs = new Set<string>()
  for (const dir of labelledDirs) {
    for (const file of readdirSync(resolve(root, dir)).filter((f) => f.endsWith('.json'))) {
      const cases = JSON.parse(readFileSync(resolve(root, dir, file), 'utf8')) as { notes: string }[]
      for (const c of cases) {
        const w = words(c.notes)
        for (let i = 0; i + 4 <= w.length; i++) runs.add(w.slice(i, i + 4).join(' '))
      }
    }
  }
  return runs
}

const sources = readdirSync(extractDir).map((f) => ({ file: f, text: readFileSync(resolve(extractDir, f), 'utf8') }))

describe('extractor sources', () => {
  it('hold no four-word run of any labelled note', () => {
    const runs = labelledRuns()
    expect(runs.size).toBeGreaterThan(10_000)
    const found: string[] = []
    for (const { file, text } of sources) {
      const w = words(text)
      for (let i = 0; i + 4 <= w.length; i++) {
        const run = w.slice(i, i + 4).join(' ')
        if (runs.has(run)) found.push(`${file}: "${run}"`)
      }
    }
    expect(found).toEqual([])
  })

  it('keep every line within 120 characters', () => {
    const long = sources.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (line.length > 120 ? [`${file}:${i + 1} (${line.length})`] : []))
    )
    expect(long).toEqual([])
  })
})
