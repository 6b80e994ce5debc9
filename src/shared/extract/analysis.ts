import { unitFeatures, nameWords, type UnitView } from './features'
import { tag, type Token } from './nlp'
import { findPeople, type FoundPerson } from './people'
import { segment, type Unit } from './segment'

// Everything about a note that does not depend on the trained weights: its units, the people
// it names, its tagged tokens and each unit's features. Training and extraction share it, so
// the model is trained on exactly what it later sees.

export interface NoteAnalysis {
  units: Unit[]
  people: FoundPerson[]
  names: Set<string>
  views: UnitView[]
  features: string[][]
}

function tokensIn(tokens: Token[], start: number, end: number, from: number): { slice: Token[]; next: number } {
  let i = from
  while (i < tokens.length && tokens[i].end <= start) i++
  const first = i
  while (i < tokens.length && tokens[i].start < end) i++
  return { slice: tokens.slice(first, i), next: first }
}

export function analyseNotes(notes: string): NoteAnalysis {
  const units = segment(notes)
  const people = findPeople(notes)
  const names = nameWords(people)
  const tokens = tag(notes)
  const headings = new Map<string, Token[]>()
  const views: UnitView[] = []
  let cursor = 0
  units.forEach((unit, index) => {
    const { slice, next } = tokensIn(tokens, unit.start, unit.end, cursor)
    cursor = next
    let headingTokens: Token[] = []
    if (unit.heading) {
      headingTokens = headings.get(unit.heading) ?? tag(unit.heading)
      headings.set(unit.heading, headingTokens)
    }
    views.push({ unit, tokens: slice, headingTokens, index, count: units.length })
  })
  return { units, people, names, views, features: views.map((v) => unitFeatures(v, names)) }
}
