import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cueScores } from '../../../src/shared/extract/classify'
import { CUES, NOISE_CUES } from '../../../src/shared/extract/cues'
import { normalizeText } from '../../../src/shared/extract/normalize'
import { segment } from '../../../src/shared/extract/segment'

// Cues run only on texts holding one of their keywords (cue-gate.ts) for speed: the sums must be
// exactly those of testing every cue on every text.
const fixtures = ['own-notes.json', 'holdout-notes.json', 'holdout-notes-b.json', 'holdout-notes-c.json', 'holdout-notes-d.json']
const texts = fixtures.flatMap((f) =>
  (JSON.parse(readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8')) as { notes: string }[]).flatMap((c) =>
    segment(c.notes).map((u) => normalizeText(c.notes.slice(u.start, u.end)))
  )
)

describe('cueScores', () => {
  it.each([...Object.entries(CUES), ['noise', NOISE_CUES] as const])('gives the plain per-cue sums for %s', (_name, cues) => {
    const plain = texts.map((t) => cues.reduce((sum, [re, w]) => (re.test(t) ? sum + w : sum), 0))
    expect(Array.from(cueScores(texts, cues))).toEqual(plain)
  })

  it('keeps cue regexes free of flags (test() stays stateless, the keyword reader gates them) and backreferences', () => {
    for (const [re] of [...Object.values(CUES).flat(), ...NOISE_CUES]) {
      expect(re.flags).toBe('')
      expect(re.source).not.toMatch(/\\[1-9]|\\k</)
    }
  })
})
