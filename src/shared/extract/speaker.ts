import type { KeyPointCategory } from '../model'
import { isName, reportedAt, subjectOf, type UnitView } from './features'
import type { FoundPerson } from './people'

// Who on the employer's side a point came from: the person the unit names as its subject or as
// the one saying it ("Tom worried…"), the person a "she"/"he" refers back to, or the round's
// only interviewer. "They" is the company, not one person. Actions are the candidate's own: their
// speaker is whom they are addressed to when the unit names them. Otherwise nobody.

/** The person a name token refers to (by first or last name). */
function personOf(word: string, people: FoundPerson[]): FoundPerson | undefined {
  const lower = word.toLowerCase()
  return people.find((p) => p.name.toLowerCase().split(/\s+/).includes(lower))
}

function namedIn(view: UnitView, names: Set<string>, people: FoundPerson[]): FoundPerson[] {
  const out: FoundPerson[] = []
  for (const t of view.tokens) {
    if (!isName(t, names)) continue
    const p = personOf(t.value, people)
    if (p && !out.includes(p)) out.push(p)
  }
  return out
}

const THIRD_PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'hers'])

export interface SpeakerTracker {
  /** The speaker of the point in `view`, and remembers who was last named. */
  speakerOf(view: UnitView, category: KeyPointCategory | null): string | null
}

export function speakerTracker(people: FoundPerson[], names: Set<string>): SpeakerTracker {
  let lastNamed: FoundPerson | null = null
  const onlyOne = people.length === 1 ? people[0] : null
  return {
    speakerOf(view, category) {
      const named = namedIn(view, names, people)
      const { subject, at } = subjectOf(view.tokens, names)
      const reported = reportedAt(view.tokens, names)
      const previous = lastNamed
      if (named.length > 0) lastNamed = named[named.length - 1]
      if (category === null) return null
      if (category === 'action') return named[0]?.name ?? null
      const reporter = reported ? view.tokens[reported.by] : null
      if (reporter && isName(reporter, names)) return personOf(reporter.value, people)?.name ?? null
      if (subject === 'name') return personOf(view.tokens[at].value, people)?.name ?? null
      // "they" is the company speaking, not one person.
      if (subject === 'they' || subject === 'we' || reporter?.lemma === 'they') return null
      if (subject === 'third' || reporter) return previous?.name ?? onlyOne?.name ?? null
      // A person named elsewhere in the unit ("per Dana", "Dana's team") is most often the source.
      if (named.length > 0) return named[0].name
      // "I covered the budget, yet he wanted more on hiring", "his crew owns it": a later
      // "he"/"her" still points back to the person last named.
      if (previous && view.tokens.some((t) => THIRD_PERSON.has(t.value.toLowerCase()))) return previous.name
      return onlyOne?.name ?? null
    }
  }
}
