import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The extractor must learn from the labelled notes, never quote them: no run of four words of
// any labelled note may appear anywhere in its code, word lists or weights.

const root = resolve(import.meta.dirname, '../../..')
const extractDir = resolve(root, 'src/shared/extract')
const labelledDirs = ['eval/notes', 'eval/holdout', 'test/shared/extract/fixtures']

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
      // The weights' numbers are weights, not text: "credit|card": [-0.1, …] quotes nothing.
      const w = file.endsWith('.json') ? words(text).filter((x) => !/^\d+$/.test(x)) : words(text)
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

// The drafts' code explains itself with examples; they must be made up, never quoted from the
// labelled notes. Their templates are ordinary English, so only comments are held to this.
const composeDir = resolve(root, 'src/shared/compose')
const COMMENT = /\/\/(.*)$|\/\*\*?(.*?)(?:\*\/|$)|^\s*\*(.*)$/

describe('drafts sources', () => {
  it('quote no four-word run of any labelled note in their comments', () => {
    const runs = labelledRuns()
    const found: string[] = []
    for (const file of readdirSync(composeDir).filter((f) => f.endsWith('.ts'))) {
      readFileSync(resolve(composeDir, file), 'utf8').split('\n').forEach((line, n) => {
        const c = COMMENT.exec(line)
        const w = words(c ? (c[1] ?? c[2] ?? c[3] ?? '') : '')
        for (let i = 0; i + 4 <= w.length; i++) {
          if (runs.has(w.slice(i, i + 4).join(' '))) found.push(`${file}:${n + 1}: "${w.slice(i, i + 4).join(' ')}"`)
        }
      })
    }
    expect(found).toEqual([])
  })
})
