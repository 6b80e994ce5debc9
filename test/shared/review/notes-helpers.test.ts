import { describe, expect, it } from 'vitest'
import { diffNotes, mapSpan } from '../../../src/shared/review/notes-change'
import { highlightRuns } from '../../../src/shared/review/highlight-runs'
import { findKnownPerson, sameName } from '../../../src/shared/review/known-people'

describe('diffNotes and mapSpan', () => {
  const before = 'alpha beta gamma'
  it('finds the one changed region', () => {
    expect(diffNotes(before, before)).toBeNull()
    expect(diffNotes(before, 'alpha BETA gamma')).toEqual({ start: 6, oldEnd: 10, newEnd: 10 })
    expect(diffNotes(before, 'alpha beta beta gamma')).toEqual({ start: 11, oldEnd: 11, newEnd: 16 })
    expect(diffNotes('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 })
  })
  it('moves spans after the change, keeps spans before it, and absorbs edits inside a span', () => {
    const inserted = diffNotes(before, 'x alpha beta gamma')
    expect(mapSpan({ start: 6, end: 10 }, inserted)).toEqual({ start: 8, end: 12 })
    const appended = diffNotes(before, before + ' delta')
    expect(mapSpan({ start: 6, end: 10 }, appended)).toEqual({ start: 6, end: 10 })
    const inside = diffNotes(before, 'alpha betamax gamma')
    expect(mapSpan({ start: 0, end: 16 }, inside)).toEqual({ start: 0, end: 19 })
    // Typing right where a span begins pushes it along rather than growing it.
    expect(mapSpan({ start: 6, end: 10 }, diffNotes(before, 'alpha new beta gamma'))).toEqual({ start: 10, end: 14 })
  })
  it('loses a span whose words were all replaced or deleted', () => {
    expect(mapSpan({ start: 6, end: 10 }, diffNotes(before, 'alpha gamma'))).toBeNull()
    expect(mapSpan({ start: 6, end: 10 }, diffNotes(before, 'alpha xyz gamma'))).toBeNull()
    expect(mapSpan({ start: 0, end: 16 }, diffNotes(before, 'alpha gam'))).toEqual({ start: 0, end: 9 })
  })
})

describe('highlightRuns', () => {
  it('cuts the notes into runs with the points covering each, innermost last', () => {
    const runs = highlightRuns(20, [
      { id: 'outer', start: 2, end: 12 },
      { id: 'inner', start: 5, end: 8 },
      { id: 'bad', start: 15, end: 40 }
    ])
    expect(runs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ['outer'] },
      { start: 5, end: 8, ids: ['outer', 'inner'] },
      { start: 8, end: 12, ids: ['outer'] },
      { start: 12, end: 20, ids: [] }
    ])
    expect(highlightRuns(0, [])).toEqual([])
  })
})

describe('known people', () => {
  const people = [
    { id: 'a', name: 'Dana Whitfield' },
    { id: 'b', name: 'raj' }
  ]
  it('matches by name regardless of case, and a first name alone against a full name', () => {
    expect(findKnownPerson('dana whitfield', people)?.id).toBe('a')
    expect(findKnownPerson('Dana', people)?.id).toBe('a')
    expect(findKnownPerson('Raj Patel', people)?.id).toBe('b')
    expect(findKnownPerson('Dana Smith', people)).toBeNull()
    expect(findKnownPerson('Priya', people)).toBeNull()
    expect(sameName('  ', 'Dana')).toBe(false)
  })
})
