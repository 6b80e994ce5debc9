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

export interface SpeakerTracker {
  /** The speaker of the point in `view`, and remembers who was last named. */
  speakerOf(view: UnitView, category: KeyPointCategory | null): string | null
}

type Pronoun = 'he' | 'she'
const HE = new Set(['he', 'him', 'his', 'himself'])
const SHE = new Set(['she', 'her', 'hers', 'herself'])

function pronounIn(view: UnitView): Pronoun | null {
  for (const t of view.tokens) {
    const w = t.value.toLowerCase()
    if (HE.has(w)) return 'he'
    if (SHE.has(w)) return 'she'
  }
  return null
}

/** "send her", "ask him": a person as the object of the action, not "her team". */
function objectPronoun(view: UnitView): boolean {
  return view.tokens.some((t, i) => {
    const w = t.value.toLowerCase()
    if (w === 'him') return true
    const next = view.tokens[i + 1]
    return w === 'her' && (!next || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos))
  })
}

export function speakerTracker(people: FoundPerson[], names: Set<string>): SpeakerTracker {
  // Most recently named last. A "she" goes back to the last person the notes call "she", not
  // simply the last name written ("the manager is Dan, he'll call": Dan is not the next "she").
  const recent: FoundPerson[] = []
  const pronounOf = new Map<FoundPerson, Pronoun>()
  const onlyOne = people.length === 1 ? people[0] : null
  const referent = (pronoun: Pronoun | null): FoundPerson | null => {
    for (let i = recent.length - 1; i >= 0; i--) {
      const known = pronounOf.get(recent[i])
      if (!pronoun || !known || known === pronoun) return recent[i]
    }
    return recent[recent.length - 1] ?? null
  }
  return {
    speakerOf(view, category) {
      const named = namedIn(view, names, people)
      const { subject, at } = subjectOf(view.tokens, names)
      const reported = reportedAt(view.tokens, names)
      const pronoun = pronounIn(view)
      const previous = referent(pronoun)
      // One person named with one kind of pronoun: that is how the notes speak of them.
      if (named.length === 1 && pronoun && !pronounOf.has(named[0])) pronounOf.set(named[0], pronoun)
      for (const p of named) {
        const i = recent.indexOf(p)
        if (i >= 0) recent.splice(i, 1)
        recent.push(p)
      }
      if (category === null) return null
      // "send her my availability": the "her" is whom it goes to.
      if (category === 'action') return named[0]?.name ?? (objectPronoun(view) ? previous?.name ?? null : null)
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
      if (previous && pronoun) return previous.name
      return onlyOne?.name ?? null
    }
  }
}
