import { describe, expect, it } from 'vitest'
import type { ReviewPoint } from '../../../src/shared/model'
import { mergePoints, type ExtractedPoint } from '../../../src/shared/review/merge-points'

// Who said a point: the extractor's guess follows the notes until the user picks someone, and
// the user's own mention of a point is never replaced by re-extraction.

type Found = [category: ExtractedPoint['category'], text: string, speaker: string | null]

function found(notes: string, ...items: Found[]): ExtractedPoint[] {
  return items.map(([category, text, speaker]) => {
    const start = notes.indexOf(text)
    if (start < 0) throw new Error(`not in notes: ${text}`)
    return { category, text, start, end: start + text.length, speaker }
  })
}

function ids() {
  let n = 0
  return () => `n${++n}`
}

const NOTES = ['Maya loved my accessibility audit.', 'Tom worried about healthcare experience.'].join('\n')
const PRAISE = 'Maya loved my accessibility audit.'
const CONCERN = 'Tom worried about healthcare experience.'

function first() {
  const newId = ids()
  const extracted = found(NOTES, ['praise', PRAISE, 'Maya'], ['concern', CONCERN, 'Tom'])
  return { newId, points: mergePoints({ previous: [], previousNotes: null, notes: NOTES, extracted, newId }) }
}

const byText = (points: ReviewPoint[], words: string) => points.find((p) => p.text.includes(words))!
const set = (points: ReviewPoint[], id: string, change: Partial<ReviewPoint>) =>
  points.map((p) => (p.id === id ? { ...p, ...change } : p))

describe('mergePoints and speakers', () => {
  it('gives each new point the extractor’s speaker', () => {
    const { points } = first()
    expect(points.map((p) => p.speaker)).toEqual(['Maya', 'Tom'])
  })

  it('follows the extractor when the notes change who said a point, until the user picks', () => {
    const { points, newId } = first()
    const accepted = set(points, byText(points, 'audit').id, { status: 'accepted' })
    const notes = NOTES.replace('Maya loved', 'Priya loved')
    const extracted = found(notes, ['praise', 'Priya loved my accessibility audit.', 'Priya'], ['concern', CONCERN, 'Tom'])
    const next = mergePoints({ previous: accepted, previousNotes: NOTES, notes, extracted, newId })
    expect(byText(next, 'audit')).toMatchObject({ status: 'accepted', speaker: 'Priya' })
    expect(byText(next, 'healthcare').speaker).toBe('Tom')
  })

  it('keeps the speaker the user chose, even none, across re-extraction and after loading', () => {
    const { points, newId } = first()
    const praise = byText(points, 'audit')
    const concern = byText(points, 'healthcare')
    let chosen = set(points, praise.id, { status: 'accepted', speaker: 'Tom', speakerEdited: true })
    chosen = set(chosen, concern.id, { status: 'accepted', speaker: null, speakerEdited: true })
    const notes = 'Panel of two.\n' + NOTES
    const extracted = found(notes, ['praise', PRAISE, 'Maya'], ['concern', CONCERN, 'Tom'])
    const typed = mergePoints({ previous: chosen, previousNotes: NOTES, notes, extracted, newId })
    expect(byText(typed, 'audit')).toMatchObject({ speaker: 'Tom', speakerEdited: true })
    expect(byText(typed, 'healthcare')).toMatchObject({ speaker: null, speakerEdited: true })

    const loaded = mergePoints({ previous: typed, previousNotes: null, notes, extracted, newId })
    expect(byText(loaded, 'audit').speaker).toBe('Tom')
    expect(byText(loaded, 'healthcare').speaker).toBe(null)
  })

  it('refreshes a pending point’s speaker and keeps a pending point’s chosen one', () => {
    const { points, newId } = first()
    const chosen = set(points, byText(points, 'healthcare').id, { speaker: 'Maya', speakerEdited: true })
    const notes = NOTES.replace('Maya loved', 'Maya really loved')
    const extracted = found(notes, ['praise', 'Maya really loved my accessibility audit.', null], ['concern', CONCERN, 'Tom'])
    const next = mergePoints({ previous: chosen, previousNotes: NOTES, notes, extracted, newId })
    expect(byText(next, 'audit')).toMatchObject({ status: 'pending', speaker: null })
    expect(byText(next, 'healthcare').speaker).toBe('Maya')
  })

  it('keeps the user’s mention of a point while its words and the extraction change', () => {
    const { points, newId } = first()
    const mention = 'your interest in my accessibility audit'
    const edited = set(points, byText(points, 'audit').id, { status: 'accepted', mention })
    const notes = NOTES.replace('accessibility audit', 'accessibility audit case study')
    const praise = 'Maya loved my accessibility audit case study.'
    const extracted = found(notes, ['praise', praise, 'Maya'], ['concern', CONCERN, 'Tom'])
    const next = mergePoints({ previous: edited, previousNotes: NOTES, notes, extracted, newId })
    expect(byText(next, 'audit')).toMatchObject({ text: praise, mention, status: 'accepted' })
    const loaded = mergePoints({ previous: next, previousNotes: null, notes, extracted, newId })
    expect(byText(loaded, 'audit').mention).toBe(mention)
  })

  it('leaves points without a speaker when the extractor gives none', () => {
    const newId = ids()
    const extracted: ExtractedPoint[] = [{ category: 'praise', text: PRAISE, start: 0, end: PRAISE.length }]
    const points = mergePoints({ previous: [], previousNotes: null, notes: NOTES, extracted, newId })
    expect('speaker' in points[0]).toBe(false)
  })
})
