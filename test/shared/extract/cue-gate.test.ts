import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreUnits } from '../../../src/shared/extract/classify'
import { cueTotals } from '../../../src/shared/extract/cue-gate'
import { requiredKeywords } from '../../../src/shared/extract/cue-keywords'
import { CUES, NOISE_CUES } from '../../../src/shared/extract/cues'
import { normalizeText } from '../../../src/shared/extract/normalize'
import { segment } from '../../../src/shared/extract/segment'

// The keyword gate only skips cue regexes that cannot match: scores with and without it must be
// the same on every unit of every labeled note.
const fixtureDir = new URL('./fixtures/', import.meta.url)
const notes = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, fixtureDir), 'utf8')) as { notes: string }[]).map((c) => c.notes))
const perNote = notes.map((text) => {
  const units = segment(text)
  return { units, normalized: units.map((u) => normalizeText(text.slice(u.start, u.end))) }
})
const allTexts = perNote.flatMap((n) => n.normalized)
const lists = [...Object.values(CUES), NOISE_CUES]

describe('cue keyword gate', () => {
  it('reads the fixtures (guards against an empty, vacuous comparison)', () => {
    expect(notes.length).toBeGreaterThan(50)
    expect(allTexts.length).toBeGreaterThan(1000)
  })

  it('scores every unit of every fixture note exactly as the ungated path does', () => {
    for (const { units, normalized } of perNote) expect(scoreUnits(normalized, units, true)).toEqual(scoreUnits(normalized, units, false))
  })

  it('gives the ungated cue sums per list over all fixture units at once', () => {
    const gated = cueTotals(allTexts, lists, true).map((a) => Array.from(a))
    const ungated = cueTotals(allTexts, lists, false).map((a) => Array.from(a))
    expect(gated).toEqual(ungated)
    expect(gated.flat().some((x) => x > 0)).toBe(true)
  })

  it('finds a keyword of each cue in every fixture unit the cue matches', () => {
    for (const [re] of lists.flat()) {
      const keywords = requiredKeywords(re)
      if (!keywords) continue
      for (const text of allTexts) if (re.test(text)) expect(keywords.some((k) => text.includes(k)), `${re.source.slice(0, 80)} on "${text}"`).toBe(true)
    }
  })

  it('gates nearly every cue (a cue without keywords runs on every unit)', () => {
    const gated = lists.flat().filter(([re]) => requiredKeywords(re) !== null).length
    expect(gated / lists.flat().length).toBeGreaterThan(0.95)
  })
})

describe('requiredKeywords', () => {
  it.each([
    [/\bfoo(bar)?\b/, ['foo']],
    [/\b(my|the) gaps?\b/, ['my gap', 'the gap']],
    [/x*yz/, ['yz']],
    [/organi[sz]ed/, ['organised', 'organized']],
    [/\d+ (patients|beds)\b/, [' beds', ' patients']],
    [/(?<!\bnot )liked|\bloved/, ['liked', 'loved']],
    [/^(?=[^]*\bevery week\b)(?=[^]*\bdemo\b)/, ['every week']],
    [/(is|was) (really )?good/, ['is good', 'was good', 'is really good', 'was really good']],
    [/\b(a|an) (\w+ ){0,2}offer/, ['offer']],
    [/nice|nicer/, ['nice']],
    [/\w+ing|done/, ['done', 'ing']],
    [/(?:\$|~)\d/, ['$', '~']]
  ])('reads %s', (re, expected) => {
    expect(requiredKeywords(re)?.sort()).toEqual([...expected].sort())
  })

  it.each([/\w+|done/, /foo|(bar)?/, /a/i, /[^x]y?/, /(\w)\1/])('finds no safe keyword in %s', (re) => {
    expect(requiredKeywords(re)).toBeNull()
  })
})
