import type { KeyPointCategory } from '../model'
import { reportedAt, subjectOf, type UnitView } from './features'
import type { Token } from './nlp'
import type { FoundPerson } from './people'
import { nameReader, titlesUsed, usualPronoun } from './speaker-names'

// Who on the employer's side a point came from: the person the unit names as its subject or as
// the one saying it ("Tom worried…"), the person a "she"/"he" refers back to, or the round's
// only interviewer. "They" is the company, not one person. Actions are the candidate's own: their
// speaker is whom they are addressed to when the unit names them. Otherwise nobody.

function namedIn(view: UnitView, persons: Map<Token, FoundPerson>): FoundPerson[] {
  const out: FoundPerson[] = []
  for (const t of view.tokens) {
    const p = persons.get(t)
    if (p && !out.includes(p)) out.push(p)
  }
  return out
}

export interface SpeakerTracker {
  /** The speaker of the point in `view`, and remembers who was last named. */
  speakerOf(view: UnitView, category: KeyPointCategory | null): string | null
}

type Pronoun = 'he' | 'she'
const THEY = '\u0000they'
const HE = new Set(['he', 'him', 'his', 'himself'])
const SHE = new Set(['she', 'her', 'hers', 'herself'])

/** The unit's first "he" or "she" word, and where it stands (-1 when there is none). */
function pronounIn(view: UnitView): { pronoun: Pronoun | null; at: number } {
  for (let i = 0; i < view.tokens.length; i++) {
    const w = view.tokens[i].value.toLowerCase()
    if (HE.has(w)) return { pronoun: 'he', at: i }
    if (SHE.has(w)) return { pronoun: 'she', at: i }
  }
  return { pronoun: null, at: -1 }
}

/** The person named last in a unit, after a bracket or a dash, with nothing said after the name. */
function signedBy(tokens: Token[], persons: Map<Token, FoundPerson>): FoundPerson | null {
  let end = tokens.length - 1
  while (end >= 0 && /^[).!?,;:'"”’]$/.test(tokens[end].value)) end--
  const person = end >= 0 ? persons.get(tokens[end]) : undefined
  if (!person) return null
  let start = end
  while (start > 0 && persons.get(tokens[start - 1]) === person) start--
  return start > 0 && /^(?:\(|-|–|—|=|per|says|said)$/i.test(tokens[start - 1].value) ? person : null
}

// "2)", "3.", "4️⃣": a numbered line, as notes number the panel.
const NUMBER = String.raw`(?:\d{1,2}[.)]|\d\uFE0F?\u20E3)`
const NUMBERED = new RegExp(String.raw`^\s*${NUMBER}\s*$`, 'u')
const BLOCK_END = new RegExp(String.raw`\n[ \t]*\n|\n[ \t]*${NUMBER}`, 'u')

/** Whether offset `at` of `line` sits inside round brackets. */
function inBrackets(line: string, at: number): boolean {
  const before = line.slice(0, Math.max(0, at))
  return before.lastIndexOf('(') > before.lastIndexOf(')')
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

/** `known`: full names of the people on the process, when the caller has them. */
export function speakerTracker(people: FoundPerson[], names: Set<string>, known: string[] = [],
  notes = ''): SpeakerTracker {
  const knownFirst = new Set(known.map((n) => n.trim().split(/\s+/)[0].toLowerCase()).filter((w) => w.length > 2))
  const byName = nameReader(people, names, knownFirst)
  const titles = notes ? titlesUsed(notes, people) : new Map<string, FoundPerson>()
  const namedTokens = (tokens: Token[]): Map<Token, FoundPerson> => {
    const found = byName(tokens)
    if (!titles.size) return found
    for (const t of tokens) {
      const p = titles.get(t.value.toLowerCase())
      if (p && !found.has(t) && /^\p{Lu}/u.test(t.value)) found.set(t, p)
    }
    return found
  }
  // Most recently named last. A "she" goes back to the last person the notes call "she", not
  // simply the last name written ("the manager is Dan, he'll call": Dan is not the next "she").
  const recent: FoundPerson[] = []
  const pronounOf = new Map<FoundPerson, Pronoun>()
  const onlyOne = people.length === 1 ? people[0] : null
  // What the notes have shown comes first; a first name's usual pronoun only breaks a tie between
  // people the notes have not yet called "he" or "she".
  const likely = (p: FoundPerson): Pronoun | null => pronounOf.get(p) ?? usualPronoun(p.name)
  const referent = (pronoun: Pronoun | null): FoundPerson | null => {
    for (let i = recent.length - 1; i >= 0; i--) {
      const known = likely(recent[i])
      if (!pronoun || !known || known === pronoun) return recent[i]
    }
    return recent[recent.length - 1] ?? null
  }
  // The person the last sentence came from, while the paragraph goes on: "Lucia said the line is
  // short of fitters. They are trying a new rota." is still Lucia telling it.
  let told: { name: string; end: number } | null = null
  const continues = (view: UnitView) =>
    !!told && notes !== '' && view.unit.kind === 'sentence' && !/\n/.test(notes.slice(told.end, view.unit.start))
  // A paragraph opened by a line that only names a person ("Rosa Lind (ward sister), 7/10") is
  // theirs: what it says with no one else named came from them.
  let block: { name: string; end: number } | null = null
  const opensBlock = (view: UnitView, persons: Map<Token, FoundPerson>): { name: string; end: number } | null => {
    if (!notes) return null
    const lineStart = notes.lastIndexOf('\n', view.unit.start - 1) + 1
    const first = view.tokens.find((t) => /\p{L}/u.test(t.value))
    const person = first ? persons.get(first) : undefined
    if (!person || !first) return null
    // The segmenter may keep the number in the unit ("4️⃣ Ana …") or leave it out ("2) Ana …").
    const marker = notes.slice(lineStart, first.start)
    const numbered = NUMBERED.test(marker)
    // A dashed list of the panel is a list, not the start of what one of them said.
    if (!numbered && (view.unit.kind === 'bullet' || /\S/.test(notes.slice(lineStart, view.unit.start)))) return null
    const rest = notes.slice(view.unit.end)
    if (numbered) {
      // "2) Ana Ruiz (PM) → …": hers until a blank line or the next numbered line.
      const next = BLOCK_END.exec(rest)
      return { name: person.name, end: next ? view.unit.end + next.index : notes.length }
    }
    // Only the blank space right before the unit matters, not the whole note before it.
    let back = lineStart
    while (back > 0 && /\s/.test(notes[back - 1])) back--
    if (back > 0 && !/\n[ \t]*\n[ \t]*$/.test(notes.slice(back, view.unit.start))) return null
    const lineEnd = notes.indexOf('\n', view.unit.start)
    const line = notes.slice(view.unit.start, lineEnd < 0 ? undefined : lineEnd)
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
    // "(ward manager)" may tag "ward" as a verb; "said" or "is" means the line says something. A
    // role in brackets ("(the one I would report to)") says nothing about what they said.
    const doing = view.tokens.some((t) => !inBrackets(line, t.start - view.unit.start) &&
      (t.pos === 'AUX' || (t.pos === 'VERB' && t.lemma !== t.value.toLowerCase())))
    if (words > 10 || doing || lineEnd < 0) return null
    const gap = /\n[ \t]*\n/.exec(rest)
    return { name: person.name, end: gap ? view.unit.end + gap.index : notes.length }
  }
  return {
    speakerOf(view, category) {
      if (block && view.unit.start >= block.end) block = null
      // The unit's names are read once, for the block and for the unit's own speaker.
      const persons = namedTokens(view.tokens)
      const opened = opensBlock(view, persons)
      if (opened) block = opened
      const owner = opened?.name ?? null
      const found = find(view, category, persons)
      const unnamed = found === undefined || found === THEY
      const inBlock = !owner && block && unnamed && category !== 'action' ? block.name : null
      const carried = inBlock ?? (found === THEY && category !== 'action' && continues(view) ? told!.name : null)
      const teller = carried ?? (typeof found === 'string' && found !== THEY ? found : null)
      told = teller ? { name: teller, end: view.unit.end } : null
      if (carried && category !== null) return carried
      if (category === null || found === THEY) return null
      if (found !== undefined || category === 'action') return found ?? null
      // Under a heading that names one person ("## Afternoon with Sam"), the unit is theirs.
      const inHeading = namedTokens(view.headingTokens)
      const heads = namedIn({ ...view, tokens: view.headingTokens }, inHeading)
      return heads.length === 1 ? heads[0].name : onlyOne?.name ?? null
    }
  }
  // The speaker the unit itself shows; THEY for the company speaking; undefined when it shows none.
  function find(view: UnitView, category: KeyPointCategory | null,
    persons: Map<Token, FoundPerson>): string | null | undefined {
    const isPerson = (t: Token) => persons.has(t)
    const named = namedIn(view, persons)
    const { subject, at } = subjectOf(view.tokens, names, isPerson)
    const reported = reportedAt(view.tokens, names, isPerson)
    const { pronoun, at: pronounAt } = pronounIn(view)
    const mention = (p: FoundPerson) => {
      const i = recent.indexOf(p)
      if (i >= 0) recent.splice(i, 1)
      recent.push(p)
    }
    // "then came Ana; she asked …": a name before the pronoun in the same unit is its referent.
    const firstAt = (p: FoundPerson) => view.tokens.findIndex((t) => persons.get(t) === p)
    for (const p of named) if (pronounAt > firstAt(p)) mention(p)
    const previous = referent(pronoun)
    // One person named with one kind of pronoun: that is how the notes speak of them.
    // Only a pronoun after the name refers back to it: in "she said Ana will call", "she" is someone else.
    const learns = named.length === 1 && pronoun && pronounAt > firstAt(named[0]) && !pronounOf.has(named[0])
    if (learns) pronounOf.set(named[0], pronoun)
    for (const p of named) mention(p)
    // "send her my availability": the "her" is whom it goes to.
    // An action whose subject is "he" or "she" is their request: it goes back to that person.
    if (category === 'action') {
      return named[0]?.name ?? (objectPronoun(view) || subject === 'third' ? previous?.name ?? null : null)
    }
    const reporter = reported ? view.tokens[reported.by] : null
    if (reporter && persons.has(reporter)) return persons.get(reporter)?.name ?? null
    // "'we don't do blame' (Dana)", "… — Dana": who said it, written after it.
    const signed = signedBy(view.tokens, persons)
    if (signed) return signed.name
    if (subject === 'name') return persons.get(view.tokens[at])?.name ?? null
    // "they" is the company speaking, not one person.
    if (subject === 'they' || subject === 'we' || reporter?.lemma === 'they') return THEY
    if (subject === 'third' || reporter) return previous?.name ?? onlyOne?.name ?? null
    // A person named elsewhere in the unit ("per Dana", "Dana's team") is most often the source.
    if (named.length > 0) return named[0].name
    // "I covered the budget, yet he wanted more on hiring", "his crew owns it": a later
    // "he"/"her" still points back to the person last named.
    if (previous && pronoun) return previous.name
    return undefined
  }
}
