import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractKeyPoints } from '../../../src/shared/extract/index'

// Thirteen notes written for these tests (nurse, teacher, sales, engineer, designer, warehouse,
// accountant, product manager, cook, support, dental office, data engineer, social worker), in bullets, markdown, prose and run-on styles,
// labeled the way ../shared/eval/README.md describes.
interface LabeledNote {
  id: string
  interviewDate: string
  notes: string
  expect: {
    points: { category: string; contains: string }[]
    decisionBy: string | null
    people: { name: string }[]
    noise: string[]
  }
}

const cases = JSON.parse(readFileSync(new URL('./fixtures/own-notes.json', import.meta.url), 'utf8')) as LabeledNote[]
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ')

describe.each(cases)('$id', (c) => {
  const out = extractKeyPoints(c.notes, { interviewDate: c.interviewDate })

  it('finds each labeled point with its category', () => {
    const missing = c.expect.points.filter(
      (p) => !out.points.some((x) => x.category === p.category && squash(x.text).includes(squash(p.contains)))
    )
    expect(missing).toEqual([])
  })

  it('keeps logistics and feelings out', () => {
    const leaked = c.expect.noise.filter((n) => out.points.some((x) => squash(x.text).includes(squash(n))))
    expect(leaked).toEqual([])
  })

  it('finds the decision date', () => {
    expect(out.decisionBy?.date ?? null).toBe(c.expect.decisionBy)
  })

  it('finds the people met, and nobody else', () => {
    const match = (a: string, b: string) => squash(a).includes(squash(b)) || squash(b).includes(squash(a))
    expect(c.expect.people.filter((p) => !out.people.some((f) => match(f.name, p.name)))).toEqual([])
    expect(out.people.filter((f) => !c.expect.people.some((p) => match(f.name, p.name)))).toEqual([])
  })

  it('gives exact offsets', () => {
    for (const p of out.points) expect(c.notes.slice(p.start, p.end)).toBe(p.text)
  })
})
