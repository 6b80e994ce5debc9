import { describe, expect, it } from 'vitest'
import { normalize, normalizeText, toSourceSpan } from '../../../src/shared/extract/normalize'
import { extractKeyPoints } from '../../../src/shared/extract/index'

describe('normalizeText', () => {
  it('lower-cases, expands shorthand and straightens quotes', () => {
    expect(normalizeText('Met w/ the HM b/c mgr was out -> “fine”')).toBe('met with the hiring manager because manager was out  leads to  "fine"')
    expect(normalizeText('She didnt say')).toBe("she didn't say")
  })

  it('matches normalize() on every input, including case-mapping hazards', () => {
    const samples = [
      'Plain words, nothing to expand.',
      'mgr said theyd decide b4 Fri w/o fail',
      'Temperature 5\u212Aelvin mgr', // Kelvin sign lower-cases to ASCII "k"
      'ΟΔΥΣΣΕΑΣ mgr ΣΟΦΙΑ', // capital sigma's lower case depends on what follows
      'don‘t forget', // a left quote becomes an apostrophe
      'abt/ the role'
    ]
    for (const s of samples) expect(normalizeText(s)).toBe(normalize(s).text)
    // A letter whose lower case is longer still has its shorthand neighbours expanded.
    expect(normalizeText('İstanbul office, mgr there')).toBe('i̇stanbul office, manager there')
  })

  it('never expands words that happen to name object properties', () => {
    expect(normalizeText('the constructor of toString and hasOwnProperty')).toBe('the constructor of tostring and hasownproperty')
    expect(normalizeText('Constructor valueOf')).toBe('constructor valueof')
  })

  it('maps every normalised span back onto the source words', () => {
    const source = 'Talk to the HM abt refs'
    const n = normalize(source)
    const at = n.text.indexOf('hiring manager')
    const [s, e] = toSourceSpan(n, at, at + 'hiring manager'.length)
    expect(source.slice(s, e)).toBe('HM')
  })
})

describe('long notes', () => {
  // Where a unit sits in the note is one of the model's features, so copies need not come out
  // identical; every copy must still yield its points, and the people and date stay the same.
  it('keeps finding points all through a note repeated forty times', () => {
    const note = [
      'Mira (eng mgr) liked my caching answer.',
      'She was worried I have never run on-call.',
      '- send Mira the load test write-up',
      'Recruiter said they would decide by Friday.'
    ].join('\n')
    const one = extractKeyPoints(note, { interviewDate: '2026-05-12' })
    const many = extractKeyPoints(Array(40).fill(note).join('\n\n'), { interviewDate: '2026-05-12' })
    expect(one.points.length).toBeGreaterThanOrEqual(3)
    expect(many.points.length).toBeGreaterThanOrEqual(one.points.length * 40 * 0.8)
    const copyLength = note.length + 2
    const copiesWithPoints = new Set(many.points.map((p) => Math.floor(p.start / copyLength)))
    expect(copiesWithPoints.size).toBe(40)
    expect(many.decisionBy?.date).toBe(one.decisionBy?.date)
    expect(many.people).toEqual(one.people)
  })

  it('keeps the first strong decision cue over later ones, and a strong cue over an earlier weak one', () => {
    const notes = 'HR will call me Monday.\n\nThey will decide by Friday.\n\nThey will let me know by May 29.'
    // 2026-05-12 is a Tuesday.
    expect(extractKeyPoints(notes, { interviewDate: '2026-05-12' }).decisionBy?.date).toBe('2026-05-15')
  })

  it('reads a title in brackets after a role on any line', () => {
    const notes = 'Notes\n\nfirst we had coffee\nthen the recruiter (Jolene) walked me out\nlater the eng manager (Priya) asked about Kafka'
    const names = extractKeyPoints(notes, { interviewDate: '2026-05-12' }).people.map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['Jolene', 'Priya']))
  })
})
