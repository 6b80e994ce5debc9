import { describe, expect, it } from 'vitest'
import type { KeyPointCategory, ReviewPoint } from '../../../src/shared/model'
import { isDetached, mergePoints, normalizePointText, pointsToSave, type ExtractedPoint } from '../../../src/shared/review/merge-points'
import { extractKeyPoints } from '../../../src/shared/extract/index'

// A stand-in extractor: the tests say which sentences it finds, so they do not depend on the
// real extractor's wording rules (one integration test below uses the real one).
function found(notes: string, ...items: [KeyPointCategory, string][]): ExtractedPoint[] {
  return items.map(([category, text]) => {
    const start = notes.indexOf(text)
    if (start < 0) throw new Error(`not in notes: ${text}`)
    return { category, text, start, end: start + text.length }
  })
}

function ids() {
  let n = 0
  return () => `n${++n}`
}

const NOTES = [
  '- Talked about the billing migration to Stripe',
  '- She loved my dashboard project',
  '- Concern: no dbt experience',
  '- Send her the case study'
].join('\n')

const EXTRACTED: [KeyPointCategory, string][] = [
  ['topic', 'Talked about the billing migration to Stripe'],
  ['praise', 'She loved my dashboard project'],
  ['concern', 'no dbt experience'],
  ['action', 'Send her the case study']
]

function start(notes = NOTES, extracted = EXTRACTED) {
  const newId = ids()
  const points = mergePoints({ previous: [], previousNotes: null, notes, extracted: found(notes, ...extracted), newId })
  return { points, newId }
}

const byText = (points: ReviewPoint[], words: string) => {
  const p = points.find((x) => x.text.includes(words))
  if (!p) throw new Error(`no point with ${words}: ${JSON.stringify(points.map((x) => x.text))}`)
  return p
}
const set = (points: ReviewPoint[], id: string, change: Partial<ReviewPoint>) => points.map((p) => (p.id === id ? { ...p, ...change } : p))
const at = (notes: string, p: ReviewPoint) => notes.slice(p.start!, p.end!)

describe('mergePoints', () => {
  it('turns a first extraction into pending points in the order of the notes', () => {
    const { points } = start()
    expect(points.map((p) => [p.category, p.status, p.source])).toEqual([
      ['topic', 'pending', 'extracted'],
      ['praise', 'pending', 'extracted'],
      ['concern', 'pending', 'extracted'],
      ['action', 'pending', 'extracted']
    ])
    for (const p of points) expect(at(NOTES, p)).toBe(p.text)
    expect(new Set(points.map((p) => p.id)).size).toBe(4)
  })

  it('keeps pending points (and their ids) when text is typed above them', () => {
    const { points, newId } = start()
    const notes = 'Panel of three.\n' + NOTES
    const next = mergePoints({ previous: points, previousNotes: NOTES, notes, extracted: found(notes, ...EXTRACTED), newId })
    expect(next.map((p) => p.id)).toEqual(points.map((p) => p.id))
    for (const p of next) expect(at(notes, p)).toBe(p.text)
  })

  it('refreshes a pending point from the new extraction and forgets ones no longer found', () => {
    const { points, newId } = start()
    const notes = NOTES.replace('dashboard project', 'dashboard project a lot')
    const extracted = found(notes, ['topic', EXTRACTED[0][1]], ['praise', 'She loved my dashboard project a lot'], ['action', 'Send her the case study'])
    const next = mergePoints({ previous: points, previousNotes: NOTES, notes, extracted, newId })
    expect(next.map((p) => p.text)).toEqual(['Talked about the billing migration to Stripe', 'She loved my dashboard project a lot', 'Send her the case study'])
    expect(byText(next, 'dashboard').id).toBe(byText(points, 'dashboard').id)
  })

  it('keeps an accepted point accepted when the notes around it change, following its words', () => {
    const { points, newId } = start()
    const accepted = set(points, byText(points, 'billing').id, { status: 'accepted' })
    const notes = 'Met Dana first.\n' + NOTES.replace('billing migration', 'billing-system migration')
    const extracted = found(notes, ['topic', 'Talked about the billing-system migration to Stripe'], ...EXTRACTED.slice(1))
    const next = mergePoints({ previous: accepted, previousNotes: NOTES, notes, extracted, newId })
    const p = byText(next, 'billing')
    expect(p.status).toBe('accepted')
    expect(p.text).toBe('Talked about the billing-system migration to Stripe')
    expect(at(notes, p)).toBe(p.text)
    expect(next.filter((x) => x.text.includes('billing'))).toHaveLength(1)
  })

  it('keeps the user’s own wording and category of a point while its source is edited', () => {
    const { points, newId } = start()
    const id = byText(points, 'dashboard').id
    const edited = set(points, id, { status: 'accepted', text: 'Impressed by the churn dashboard', category: 'topic' })
    const notes = NOTES.replace('She loved', 'She really loved')
    const extracted = found(notes, ...EXTRACTED.map(([c, t]): [KeyPointCategory, string] => [c, t.replace('She loved', 'She really loved')]))
    const next = mergePoints({ previous: edited, previousNotes: NOTES, notes, extracted, newId })
    const p = next.find((x) => x.id === id)!
    expect(p).toMatchObject({ text: 'Impressed by the churn dashboard', category: 'topic', status: 'accepted' })
    expect(at(notes, p)).toBe('She really loved my dashboard project')
    // The extractor's own version of that sentence is not offered again beside it.
    expect(next.filter((x) => x.start === p.start)).toHaveLength(1)
  })

  it('keeps a dropped point dropped instead of suggesting it again', () => {
    const { points, newId } = start()
    const id = byText(points, 'case study').id
    const dropped = set(points, id, { status: 'dropped' })
    const notes = NOTES + '\n- Culture: async, writes things down'
    const extracted = found(notes, ...EXTRACTED, ['culture', 'async, writes things down'])
    const next = mergePoints({ previous: dropped, previousNotes: NOTES, notes, extracted, newId })
    expect(next.filter((p) => p.text === 'Send her the case study').map((p) => [p.id, p.status])).toEqual([[id, 'dropped']])
    expect(byText(next, 'async').status).toBe('pending')
  })

  it('keeps an accepted point whose words were deleted, detached, and re-attaches it when they return', () => {
    const { points, newId } = start()
    const id = byText(points, 'case study').id
    const accepted = set(set(points, id, { status: 'accepted' }), byText(points, 'dbt').id, { status: 'dropped' })
    const cut = NOTES.replace('\n- Send her the case study', '').replace('\n- Concern: no dbt experience', '')
    const afterCut = mergePoints({ previous: accepted, previousNotes: NOTES, notes: cut, extracted: found(cut, ...EXTRACTED.slice(0, 2)), newId })
    const kept = afterCut.find((p) => p.id === id)!
    expect(kept).toMatchObject({ status: 'accepted', text: 'Send her the case study', start: null, end: null })
    expect(isDetached(kept)).toBe(true)
    // The dropped point went with its words.
    expect(afterCut.some((p) => p.text.includes('dbt'))).toBe(false)

    const pasted = cut + '\n- Send her the case study'
    const back = mergePoints({ previous: afterCut, previousNotes: cut, notes: pasted, extracted: found(pasted, ...EXTRACTED.slice(0, 2), EXTRACTED[3]), newId })
    const again = back.find((p) => p.id === id)!
    expect(isDetached(again)).toBe(false)
    expect(at(pasted, again)).toBe('Send her the case study')
    expect(back.filter((p) => p.text === 'Send her the case study')).toHaveLength(1)
  })

  it('keeps an accepted point the extractor stops finding, on its words', () => {
    const { points, newId } = start()
    const id = byText(points, 'dbt').id
    const accepted = set(points, id, { status: 'accepted' })
    const notes = NOTES + '\n'
    const next = mergePoints({ previous: accepted, previousNotes: NOTES, notes, extracted: found(notes, ...EXTRACTED.filter(([c]) => c !== 'concern')), newId })
    const p = next.find((x) => x.id === id)!
    expect(p.status).toBe('accepted')
    expect(at(notes, p)).toBe('no dbt experience')
  })

  it('keeps the user’s points from a selection on their words and does not duplicate an extracted one', () => {
    const { points, newId } = start()
    const selStart = NOTES.indexOf('Stripe')
    const user: ReviewPoint = { id: 'u1', category: 'topic', text: 'Stripe', start: selStart, end: selStart + 6, status: 'accepted', source: 'user' }
    const same: ReviewPoint = { id: 'u2', category: 'action', text: 'Send her the case study', start: null, end: null, status: 'accepted', source: 'user' }
    const withUser = [...points, user, same]
    const notes = 'Intro.\n' + NOTES
    const next = mergePoints({ previous: withUser, previousNotes: NOTES, notes, extracted: found(notes, ...EXTRACTED), newId })
    expect(at(notes, next.find((p) => p.id === 'u1')!)).toBe('Stripe')
    const u2 = next.find((p) => p.id === 'u2')!
    expect(at(notes, u2)).toBe('Send her the case study')
    expect(next.filter((p) => p.text === 'Send her the case study')).toHaveLength(1)
    const manual: ReviewPoint = { id: 'u3', category: 'action', text: 'Ask about the on-call rota', start: null, end: null, status: 'accepted', source: 'user' }
    const withManual = mergePoints({ previous: [...next, manual], previousNotes: notes, notes, extracted: found(notes, ...EXTRACTED), newId })
    expect(withManual.find((p) => p.id === 'u3')).toMatchObject({ start: null, text: 'Ask about the on-call rota' })
  })

  it('after loading, finds stored points again in notes edited elsewhere', () => {
    const { points } = start()
    const stored = pointsToSave(
      set(set(points, byText(points, 'billing').id, { status: 'accepted' }), byText(points, 'dashboard').id, {
        status: 'accepted',
        text: 'They liked the churn dashboard'
      })
    )
    // Someone added a paragraph on top in the interview detail: every offset moved.
    const notes = 'Round 2 with the panel, 45 minutes, went long.\n' + NOTES
    const next = mergePoints({ previous: stored, previousNotes: null, notes, extracted: found(notes, ...EXTRACTED), newId: ids() })
    expect(at(notes, byText(next, 'billing'))).toBe('Talked about the billing migration to Stripe')
    const edited = byText(next, 'churn')
    expect(edited.status).toBe('accepted')
    expect(at(notes, edited)).toBe('She loved my dashboard project')
    expect(next.filter((p) => p.status === 'pending').map((p) => p.text)).toEqual(['no dbt experience', 'Send her the case study'])
  })

  it('after loading unchanged notes, leaves every stored point where it was', () => {
    const { points } = start()
    const stored = pointsToSave(set(points, byText(points, 'dbt').id, { status: 'dropped', category: 'topic' }))
    const next = mergePoints({ previous: stored, previousNotes: null, notes: NOTES, extracted: found(NOTES, ...EXTRACTED), newId: ids() })
    expect(next).toHaveLength(4)
    expect(byText(next, 'dbt')).toMatchObject({ status: 'dropped', category: 'topic', id: stored[0].id })
  })

  it('works with the real extractor as the user types a sentence out', () => {
    const newId = ids()
    const base = 'Talked about the billing migration to Stripe.\nThey want someone to own the data pipeline.'
    let notes = base
    let points = mergePoints({ previous: [], previousNotes: null, notes, extracted: extractKeyPoints(notes, { interviewDate: '2026-01-12' }).points, newId })
    const first = points[0]
    expect(first).toBeDefined()
    points = set(points, first.id, { status: 'accepted' })
    for (const ch of '\nShe said they would decide by Friday.') {
      const next = notes + ch
      points = mergePoints({ previous: points, previousNotes: notes, notes: next, extracted: extractKeyPoints(next, { interviewDate: '2026-01-12' }).points, newId })
      notes = next
    }
    const kept = points.find((p) => p.id === first.id)!
    expect(kept.status).toBe('accepted')
    expect(at(notes, kept)).toBe(kept.text)
    expect(points.filter((p) => p.status === 'accepted')).toHaveLength(1)
  })
})

describe('pointsToSave and normalizePointText', () => {
  it('stores decisions and the user’s own points, not suggestions', () => {
    const { points } = start()
    const mixed = set(set(points, points[0].id, { status: 'accepted' }), points[1].id, { status: 'dropped' })
    const user: ReviewPoint = { id: 'u', category: 'action', text: 'x', start: null, end: null, status: 'pending', source: 'user' }
    expect(pointsToSave([...mixed, user]).map((p) => p.id)).toEqual([points[0].id, points[1].id, 'u'])
  })

  it('ignores case, punctuation and spacing', () => {
    expect(normalizePointText('  Talked w/ Dana,  about Q3!')).toBe(normalizePointText('talked w/ dana about q3'))
    expect(normalizePointText('She’s great')).toBe(normalizePointText("she's great"))
  })
})
