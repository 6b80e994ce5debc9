import type { Token } from './nlp'
import { expandShorthand } from './normalize'
import type { FoundPerson } from './people'
import type { Unit } from './segment'
import { MODALS, REPORTING_VERBS, WORD_CLASSES } from './word-classes'

// What the point model sees of a unit: its words as lemmas and parts of speech, negation,
// modality, who the subject is, whether someone is reported as saying something, where the unit
// sits and under which heading, and which general word classes its words belong to. Names and
// other proper nouns are replaced by placeholders so the model learns roles, not people.

export interface UnitView {
  unit: Unit
  /** The unit's tokens (a slice of the note's tagged tokens). */
  tokens: Token[]
  /** Tokens of the unit's heading, if it sits under one. */
  headingTokens: Token[]
  index: number
  count: number
}

export type Subject = 'i' | 'we' | 'they' | 'third' | 'you' | 'it' | 'name' | 'proper' | 'noun' | 'verb' | 'none'

const SKIP_POS = new Set(['PUNCT', 'SYM', 'SPACE', 'X'])
const LEADING_FILLER = new Set(['CCONJ', 'SCONJ', 'ADV', 'INTJ', 'PUNCT', 'SYM', 'NUM', 'ADP'])
const CLASS_NAMES = Object.keys(WORD_CLASSES)
// Word → the classes it belongs to, built once (a word is looked up for every token).
const CLASSES_OF = new Map<string, string[]>()
for (const c of CLASS_NAMES) for (const w of WORD_CLASSES[c]) CLASSES_OF.set(w, [...(CLASSES_OF.get(w) ?? []), c])
const NO_CLASSES: string[] = []
const classesOf = (word: string): string[] => CLASSES_OF.get(word) ?? NO_CLASSES
const MODAL_KIND = new Map(Object.entries(MODALS))

/** The tagger splits "Asante-Darko" into its parts: each part of a hyphenated name is the name too. */
export function hyphenParts(word: string): string[] {
  return word.includes('-') ? word.split('-').filter((part) => part.length > 2) : []
}

/** Lower-case first and last names of the people found, for spotting them among tokens. */
export function nameWords(people: FoundPerson[]): Set<string> {
  const out = new Set<string>()
  for (const p of people) {
    for (const w of p.name.split(/\s+/)) {
      if (w.length > 1) out.add(w.toLowerCase())
      for (const part of hyphenParts(w)) out.add(part.toLowerCase())
    }
  }
  return out
}

export function isName(token: Token, names: Set<string>): boolean {
  return names.has(token.value.toLowerCase()) && /^\p{Lu}/u.test(token.value)
}

/** The word the model knows a token by. */
export function wordOf(token: Token, names: Set<string>): string {
  if (isName(token, names)) return '<person>'
  if (token.pos === 'PROPN' && !/^\p{Ll}/u.test(token.value)) return '<proper>'
  if (token.pos === 'NUM' || /^\d/.test(token.value)) return '<num>'
  const lower = token.value.toLowerCase()
  const expanded = expandShorthand(lower)
  if (expanded !== undefined) return expanded.split(' ')[0]
  return token.lemma
}

const PRONOUN_SUBJECT: Record<string, Subject> = {
  i: 'i', me: 'i', my: 'i', we: 'we', us: 'we', our: 'we', they: 'they', them: 'they', their: 'they',
  he: 'third', she: 'third', him: 'third', her: 'third', his: 'third', you: 'you', it: 'it', this: 'it',
  that: 'it'
}

/** Tells whether a token names one of the people; the model's features use `isName`. */
export type PersonTest = (token: Token) => boolean

/** Who the unit is about: the first pronoun, name or noun before its first verb. */
export function subjectOf(tokens: Token[], names: Set<string>,
  isPerson: PersonTest = (t) => isName(t, names)): { subject: Subject; at: number } {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (LEADING_FILLER.has(t.pos) && i < tokens.length - 1) continue
    if (t.pos === 'PRON' || t.pos === 'DET') {
      const s = PRONOUN_SUBJECT[t.lemma] ?? PRONOUN_SUBJECT[t.value.toLowerCase()]
      if (s) return { subject: s, at: i }
      if (t.pos === 'DET') continue
    }
    if (isPerson(t)) return { subject: 'name', at: i }
    if (t.pos === 'PROPN') return { subject: 'proper', at: i }
    if (t.pos === 'NOUN' || t.pos === 'ADJ') return { subject: 'noun', at: i }
    if (t.pos === 'VERB' || t.pos === 'AUX') return { subject: 'verb', at: i }
    return { subject: 'none', at: i }
  }
  return { subject: 'none', at: -1 }
}

const REPORTER_PRONOUNS = new Set(['he', 'she', 'they'])

/** Index of a reporting verb whose subject is a name or he/she/they ("Tom worried", "she said"). */
export function reportedAt(tokens: Token[], names: Set<string>,
  isPerson: PersonTest = (t) => isName(t, names)): { verb: number; by: number } | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!REPORTING_VERBS.has(tokens[i].lemma) || (tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX')) continue
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const t = tokens[k]
      if (isPerson(t) || (t.pos === 'PRON' && REPORTER_PRONOUNS.has(t.lemma))) return { verb: i, by: k }
      if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'PROPN') break
    }
  }
  return null
}

function lengthBucket(n: number): string {
  if (n < 4) return 'xs'
  if (n < 8) return 's'
  if (n < 15) return 'm'
  if (n < 25) return 'l'
  return 'xl'
}

/** The features of one unit, each once. */
export function unitFeatures(view: UnitView, names: Set<string>): string[] {
  const f = new Set<string>(['bias'])
  const { unit } = view
  const words = view.tokens.filter((t) => !SKIP_POS.has(t.pos))
  const lemmas = words.map((t) => wordOf(t, names))
  const { subject, at } = subjectOf(view.tokens, names)
  f.add(`subj:${subject}`)
  if (at >= 0) f.add(`subjw:${wordOf(view.tokens[at], names)}`)
  const classes = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    const t = words[i]
    const w = lemmas[i]
    f.add(`l:${w}`)
    f.add(`p:${t.pos}`)
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') f.add(`pl:${t.pos}:${w}`)
    if (i + 1 < words.length) f.add(`b:${w}|${lemmas[i + 1]}`)
    if (t.negated && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'AUX')) {
      f.add('neg')
      f.add(`neg:${w}`)
    }
    const modal = (t.pos === 'AUX' || t.pos === 'VERB') && MODAL_KIND.get(w)
    if (modal && (t.pos === 'AUX' || lemmas[i + 1] === 'to' || w === 'need' || w === 'want')) {
      f.add(`m:${modal}`)
      f.add(`m:${modal}:${subject}`)
    }
    for (const c of classesOf(w)) classes.add(c)
    const lower = t.value.toLowerCase()
    if (lower !== w) for (const c of classesOf(lower)) classes.add(c)
  }
  for (const c of classes) {
    f.add(`c:${c}`)
    f.add(`c:${c}:${subject}`)
  }
  if (words.length > 0) {
    f.add(`f:${lemmas[0]}`)
    f.add(`fp:${words[0].pos}`)
    // A line opening on a bare verb ("ask her about…", "send the deck") is an instruction.
    if (subject === 'verb' && words[0].value.toLowerCase() === words[0].lemma) {
      f.add('imp')
      for (const c of classesOf(lemmas[0])) f.add(`imp:c:${c}`)
    }
  }
  const subjectToken = at >= 0 ? view.tokens[at] : null
  const subjectWord = subjectToken === null ? -1 : words.indexOf(subjectToken)
  const main = words.findIndex((t, i) => t.pos === 'VERB' && subjectWord < i)
  if (main >= 0) {
    f.add(`mv:${lemmas[main]}`)
    f.add(`sv:${subject}:${lemmas[main]}`)
    for (const c of classesOf(lemmas[main])) f.add(`sv:${subject}:c:${c}`)
  }
  if (lemmas.includes('<person>')) f.add('has:person')
  if (lemmas.includes('<num>')) f.add('has:num')
  if (view.tokens.some((t) => /[$€£¥₹%]/.test(t.value))) f.add('has:money')
  const reported = reportedAt(view.tokens, names)
  if (reported) {
    const verb = view.tokens[reported.verb]
    f.add('rep')
    f.add(`rep:${verb.lemma}`)
    f.add(`rep:by-${isName(view.tokens[reported.by], names) ? 'name' : 'pronoun'}`)
    for (const c of classesOf(verb.lemma)) f.add(`rep:c:${c}`)
  }
  const text = view.tokens.map((t) => t.value).join(' ')
  if (text.includes('?')) f.add('qmark')
  if (/["“”]/.test(text)) f.add('quote')
  if (text.includes('!')) f.add('bang')
  f.add(`len:${lengthBucket(words.length)}`)
  f.add(`k:${unit.kind}`)
  if (unit.section) f.add(`sec:${unit.section}`)
  if (unit.label) f.add(`lab:${unit.label}${unit.labelFirst ? ':first' : ''}`)
  if (!unit.section && !unit.label) f.add(unit.heading ? 'sec:unknown' : 'sec:none')
  // Headings are often Title Case, which the tagger reads as proper nouns: take their words as words.
  for (const t of view.headingTokens) if (!SKIP_POS.has(t.pos) && !isName(t, names)) f.add(`h:${t.lemma}`)
  if (view.index === 0) f.add('at:first')
  f.add(`at:q${Math.min(3, Math.floor((4 * view.index) / Math.max(1, view.count)))}`)
  return [...f]
}
