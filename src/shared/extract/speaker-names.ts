import { getGender } from 'gender-detection-from-name'
import { familyFirst } from '../names'
import { hyphenParts, isName } from './features'
import type { Token } from './nlp'
import type { FoundPerson } from './people'
import { HONORIFICS, ROLE_WORDS } from './people-lexicon'

// Notes name people in ways the capitalised names of the people finder miss: typed in lower case
// on a phone ("send dana the deck"), by initials ("JT liked it", "K. hinted"), or run into a
// contraction ("Sam'll call"). Speakers are looked for among people already
// found or known, so these looser forms are safe to read as them; the point model keeps `isName`.

/** Everyday words that are also first names: written in lower case, they are the word. */
const EVERYDAY = new Set(
  ('will mark may grant rose bill pat rob sue joy hope dawn faith june april august frank jack amber ruby ' +
    'summer lane chase cash sky rich gene ray art guy don ken dean page penny max miles wade hunter holly ' +
    'ivy iris jean lee long young king brown green white black gray grey bell hall wood price rice sunny ' +
    'crystal cliff glen heath reed drew bo an al ed').split(' ')
)
// Not "'s": "Ana's team" names Ana's team, and a possessive is no sign of who is speaking.
const CONTRACTION = /['’](?:ll|d|re|ve)$/i
const NAME_POS = new Set(['NOUN', 'PROPN', 'X', 'ADJ'])

const initialsOf = (p: FoundPerson) =>
  p.name.split(/[\s-]+/).filter(Boolean).map((w) => w[0].toUpperCase()).join('')

/**
 * Reads the person each name-like token of a unit stands for. Built once per note: the names'
 * parts and initials do not change from unit to unit. `known`: lower-case first names of the
 * people on the process, the only ones read in lower case (a finder's guess can be a common word).
 */
export function nameReader(people: FoundPerson[], names: Set<string>,
  known: Set<string>): (tokens: Token[]) => Map<Token, FoundPerson> {
  const parts = people.map((p) => p.name.toLowerCase().split(/\s+/))
  const pieces = parts.map((words) => words.flatMap(hyphenParts))
  const initials = people.map((p) => (p.name.includes(' ') ? initialsOf(p) : ''))
  const byPart = (word: string, first = false) => {
    const lower = word.toLowerCase()
    const i = parts.findIndex((words, k) =>
      (first ? words[0] === lower : words.includes(lower) || pieces[k].includes(lower)))
    return i >= 0 ? people[i] : undefined
  }
  const only = (found: FoundPerson[]) => (found.length === 1 ? found[0] : undefined)
  return (tokens) => {
    const out = new Map<Token, FoundPerson>()
    tokens.forEach((t, at) => {
      const value = t.value.replace(CONTRACTION, '')
      let person: FoundPerson | undefined
      if (isName(value === t.value ? t : { ...t, value }, names)) person = byPart(value)
      else if (known.has(value) && NAME_POS.has(t.pos) && !EVERYDAY.has(value) && /^\p{Ll}{3,}$/u.test(value)) {
        person = byPart(value, true)
      } else if (/^\p{Lu}{2,3}$/u.test(value) && !ROLE_WORDS.has(value.toLowerCase())) {
        person = only(people.filter((_, i) => initials[i] === value))
      } else if (/^\p{Lu}\.$/u.test(value) ||
        (/^\p{Lu}$/u.test(value) && !/^[QA]$/.test(value) && /^(?::|['’]s)$/.test(tokens[at + 1]?.value ?? ''))) {
        // "K. hinted", "T: on-call…", "M's worry": one letter for the one person it starts ("Q:"
        // and "A:" are a question and its answer).
        person = only(people.filter((p) => p.name[0].toUpperCase() === value[0]))
      } else if (/^\p{Lu}\p{Ll}{3,}$/u.test(value)) {
        // "Inma" for Inmaculada: the start of one long first name.
        const lower = value.toLowerCase()
        // A first name with a surname, or one on the process: a single hyphenated guess of the
        // finder ("Mobility-Online") is no one's name.
        const named = (i: number) => known.has(parts[i][0]) || (parts[i].length > 1 && !parts[i][0].includes('-'))
        const shortFor = (i: number) => parts[i][0].length >= lower.length + 3 && parts[i][0].startsWith(lower)
        person = only(people.filter((_, i) => named(i) && shortFor(i)))
      }
      if (person) out.set(t, person)
    })
    return out
  }
}

/**
 * Forms of address the notes put before one person's name ("Matron Ebi Ade", "Chef Rui"): used
 * alone later ("Matron started with …"), they are that person. One used for two people is no one's.
 */
export function titlesUsed(notes: string, people: FoundPerson[]): Map<string, FoundPerson> {
  const byPart = new Map<string, FoundPerson | null>()
  for (const p of people) {
    for (const part of p.name.toLowerCase().split(/\s+/).filter((w) => w.length > 1)) {
      const had = byPart.get(part)
      byPart.set(part, had === undefined || had === p ? p : null)
    }
  }
  const seen = new Map<string, FoundPerson | null>()
  // One pass over the notes: every capitalised word before another, kept when it is a form of address.
  for (const m of notes.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)\.?[ \t]+(?=(\p{Lu}[\p{L}'’-]*))/gu)) {
    const title = m[1].toLowerCase()
    const p = HONORIFICS.has(title) ? byPart.get(m[2].toLowerCase()) : undefined
    if (!p) continue
    const had = seen.get(title)
    seen.set(title, had === undefined || had === p ? p : null)
  }
  const out = new Map<string, FoundPerson>()
  for (const [title, p] of seen) if (p) out.set(title, p)
  return out
}

/** The pronoun a first name usually goes with, when the name lists know it. */
export function usualPronoun(name: string): 'he' | 'she' | null {
  // "Park" leads "Park Min-ji" as her family name, not as a man's given name.
  if (familyFirst(name)) return null
  const first = name.replace(/^(?:dr|mr|mrs|ms|mx|prof)\.?\s+/i, '').split(/\s+/)[0] ?? ''
  const gender = first.length > 1 ? getGender(first) : 'unknown'
  return gender === 'male' ? 'he' : gender === 'female' ? 'she' : null
}
