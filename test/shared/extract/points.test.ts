import { describe, expect, it } from 'vitest'
import { extractKeyPoints, type Extraction, type KeyPointCategory } from '../../../src/shared/extract/index'

const run = (notes: string, interviewDate = '2026-05-12'): Extraction => extractKeyPoints(notes, { interviewDate })
const categoryOf = (out: Extraction, fragment: string): KeyPointCategory | undefined =>
  out.points.find((p) => p.text.toLowerCase().includes(fragment.toLowerCase()))?.category

function expectOffsets(notes: string, out: Extraction): void {
  for (const p of out.points) {
    expect(p.text).toBe(notes.slice(p.start, p.end))
    expect(p.text).toBe(p.text.trim())
    expect(p.text.length).toBeGreaterThan(0)
  }
}

describe('segmentation', () => {
  it('makes one point per bullet, numbered item and sentence, never the whole paragraph', () => {
    const notes = [
      'Acme Corp - backend eng onsite, 2/10',
      '',
      '- they are migrating the billing monolith to services',
      '* she liked my caching answer',
      '1. send Priya the load test write-up',
      '2) read up on Kafka consumer groups',
      '',
      'They are short two engineers since the spring. He was worried I have never run on-call. They value blameless postmortems.'
    ].join('\n')
    const out = run(notes)
    expectOffsets(notes, out)
    expect(categoryOf(out, 'migrating the billing monolith')).toBe('topic')
    expect(categoryOf(out, 'liked my caching answer')).toBe('praise')
    expect(categoryOf(out, 'send Priya')).toBe('action')
    expect(categoryOf(out, 'read up on Kafka')).toBe('action')
    // (the category of each made-up sentence is the model's call; learned-model.test.ts measures it)
    expect(categoryOf(out, 'short two engineers')).toBeDefined()
    expect(categoryOf(out, 'never run on-call')).toBe('concern')
    // each sentence of the paragraph is its own point
    expect(out.points.every((p) => p.text.split(/[.!?]\s/).length <= 2)).toBe(true)
    expect(out.points.some((p) => p.text.startsWith('Acme'))).toBe(false)
  })

  it('uses headings and inline labels for the lines under them', () => {
    const notes = [
      '## Culture',
      '- design critique twice a week',
      '- everyone eats together on Thursdays',
      '',
      'TO DO',
      '- portfolio link for Sam',
      '',
      'Next steps: a take-home exercise, then a panel with the VP.',
      'Misc: the office had a great view of the river.'
    ].join('\n')
    const out = run(notes)
    expectOffsets(notes, out)
    expect(categoryOf(out, 'design critique twice a week')).toBeDefined()
    expect(categoryOf(out, 'portfolio link for Sam')).toBe('action')
    expect(categoryOf(out, 'take-home exercise')).toBe('next-step')
    expect(categoryOf(out, 'great view of the river')).toBeUndefined()
    // the label itself is not part of the point
    expect(out.points.find((p) => p.text.includes('take-home'))?.text.startsWith('a take-home')).toBe(true)
  })

  it('splits a run-on paragraph into clauses', () => {
    const notes =
      'met w/ Raj (eng mgr) they need someone to own the search relevance work which is a mess right now and Raj said my ranking answer was exactly what they want, he was a bit worried abt my lack of Elasticsearch exp tho so I should send him my side project on vector search'
    const out = run(notes)
    expectOffsets(notes, out)
    expect(out.points.length).toBeGreaterThanOrEqual(2)
    expect(out.points.every((p) => p.text.length < notes.length)).toBe(true)
    expect(categoryOf(out, 'worried abt my lack of Elasticsearch')).toBe('concern')
  })
})

describe('segmentation of notes written by others', () => {
  it('does not let a first line without a full stop swallow the paragraph under it', () => {
    const notes = 'Call with Dana at Acme\nShe said my caching answer was great.\nShe asked how I would shard the queue.'
    const out = run(notes)
    expectOffsets(notes, out)
    expect(out.points.some((p) => p.text === 'She said my caching answer was great.')).toBe(true)
    expect(out.points.some((p) => p.text.includes('Call with Dana'))).toBe(false)
  })

  it('ends a sentence at an abbreviation when a capital follows, but not after a title before a name', () => {
    const notes = 'Notes\n\nNext step would be a final with the VP. Lunch was sandwiches. Then Dr. Okafor joined.'
    const out = run(notes)
    expectOffsets(notes, out)
    expect(categoryOf(out, 'final with the VP')).toBe('next-step')
    expect(out.points.find((p) => p.text.includes('final with the VP'))?.text).toBe('Next step would be a final with the VP.')
    expect(out.points.some((p) => p.text.includes('sandwiches'))).toBe(false)
    expect(out.points.every((p) => !p.text.endsWith('Dr.'))).toBe(true)
  })

  it('reads a line opening with an emoji as a bullet of its own', () => {
    const notes = 'Notes\n🔥 they ship twice a day and roll back without blame\n✉️ send Ray the benchmark numbers\n😅 I was sweating'
    const out = run(notes)
    expectOffsets(notes, out)
    expect(categoryOf(out, 'benchmark numbers')).toBe('action')
    expect(out.points.find((p) => p.text.includes('benchmark'))?.text).toBe('send Ray the benchmark numbers')
  })

  it('keeps "ask him re: …" whole: "re:" is "about", not a label', () => {
    const notes = 'Depot interview\n- TODO ask him re: mileage on home visits\n- TODO send him my forklift licence'
    const out = run(notes)
    expectOffsets(notes, out)
    expect(out.points.find((p) => p.text.includes('mileage'))?.text).toBe('TODO ask him re: mileage on home visits')
  })

  it('reads each dictated line as its own thought even when one ends on "in"', () => {
    const notes = 'so the call was with the ops lead and a planner sat in\nthey are short of forklift drivers on nights\nI should send her my licence'
    const out = run(notes)
    expect(out.points.find((p) => p.text.includes('forklift'))?.text).toBe('they are short of forklift drivers on nights')
  })
})

describe('shorthand and typos', () => {
  it('reads mgr, w/, ->, b/c, abt, thru, dropped apostrophes', () => {
    const notes = [
      '- mgr said they r moving thru a big migraton -> lots of legacy code',
      '- she was concered abt my lack of exp w/ Terraform',
      '- need to send refs b/c HR asked',
      '- they havent got a design system, thats the main project'
    ].join('\n')
    const out = run(notes)
    expectOffsets(notes, out)
    expect(categoryOf(out, 'concered abt my lack')).toBe('concern')
    expect(categoryOf(out, 'send refs')).toBe('action')
    expect(categoryOf(out, 'main project')).toBe('topic')
  })
})

describe('noise', () => {
  it('drops logistics and the candidate’s feelings', () => {
    const notes = [
      '- parking garage on Elm was $18 ugh',
      '- felt ok overall, maybe 7/10',
      '- I was so nervous my hands were shaking',
      '- wore the grey suit, too warm',
      '- my Zoom kept crashing and I had to rejoin',
      '- grabbed coffee in the lobby after',
      '- the dog next door barked the whole time',
      '- they liked my answer on the outage, said it was textbook'
    ].join('\n')
    const out = run(notes)
    expect(out.points.map((p) => p.text)).toEqual(['they liked my answer on the outage, said it was textbook'])
  })

  it('keeps "I liked that" (a feeling) apart from "she liked my answer" (praise)', () => {
    const out = run('They have a no-blame culture around incidents. I liked that a lot.')
    expect(out.points.some((p) => p.text === 'I liked that a lot.')).toBe(false)
    expect(categoryOf(out, 'no-blame')).toBe('culture')
  })
})

describe('robustness', () => {
  it('handles empty and blank input', () => {
    for (const notes of ['', '   ', '\n\n\t\n']) expect(run(notes)).toEqual({ points: [], decisionBy: null, people: [] })
  })

  // About 170,000 words, tagged: linear time (bench/extract.ts measures the speed itself); the
  // bound is loose because the test machine is shared.
  it('survives 1 MB of notes without throwing and in reasonable time', { timeout: 60_000 }, () => {
    const chunk = '- she liked my idempotency answer\n- need to send Marcus the repo link\nParking was awful. They will decide by Friday.\n'
    const notes = chunk.repeat(Math.ceil(1_000_000 / chunk.length))
    const t0 = performance.now()
    const out = run(notes)
    const ms = performance.now() - t0
    expect(out.points.length).toBeGreaterThan(1000)
    expect(out.decisionBy?.date).toBe('2026-05-15')
    expect(ms).toBeLessThan(30_000)
    const sample = out.points[out.points.length - 1]
    expect(notes.slice(sample.start, sample.end)).toBe(sample.text)
  })

  it('survives one huge line with no punctuation', () => {
    const notes = 'word '.repeat(50_000)
    expect(() => run(notes)).not.toThrow()
  })

  it('keeps exact offsets around emoji and right-to-left text', () => {
    const notes = [
      '- 🎉 she loved my portfolio 😀 and said it was the clearest she had seen',
      '- فريق صغير، they value async work and written decisions',
      '- need to send Yael (יעל) the deck 👍',
      '- שלום 🙂 parking was fine'
    ].join('\n')
    const out = run(notes)
    expectOffsets(notes, out)
    expect(categoryOf(out, 'loved my portfolio')).toBe('praise')
    expect(categoryOf(out, 'value async work')).toBe('culture')
    expect(categoryOf(out, 'send Yael')).toBe('action')
  })

  it('is deterministic', () => {
    const notes = '- they will decide by Friday\n- Dana said my answer was great\n- send Dana the deck'
    expect(run(notes)).toEqual(run(notes))
  })

  it('rejects a malformed interview date', () => {
    expect(() => extractKeyPoints('notes', { interviewDate: '05/12/2026' })).toThrow(RangeError)
  })
})
