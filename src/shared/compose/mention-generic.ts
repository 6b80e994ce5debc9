import type { Mention } from './mention-finish'
import { tokenize } from './nlp'

// Reactions the notes record without naming what they were about ("nobody else got that far",
// "he wasn't convinced"). Nothing of theirs can be spliced in, but the reaction is still true and
// worth answering, so it gets a fixed phrase, said only to the person it came from.

export const KIND_WORDS = 'the kind words you shared'
export const RAISED_CONCERN = 'the concern you raised'

// Words an approving reaction is made of.
const APPROVAL = new Set(('good great nice excellent impressive impressed impress love loved liked refreshing clear ' +
  'clearest clean exactly perfect best brilliant strong solid practical mature plus textbook faster better smart ' +
  'happy pleased glad appreciated first only spot-on').split(' '))
// Words a doubt about the candidate is made of; "sure", "convinced", "keen" and "sold" only when negated.
const DOUBT = new Set(('worried worry worries worrying concern concerned gap unsure unconvinced hesitation hesitant ' +
  'hesitated doubt doubts doubtful weak weaker iffy struggle struggles sticking skeptical sceptical').split(' '))
const DOUBT_WHEN_NOT = new Set(['sure', 'convinced', 'keen', 'sold'])
const NOT = /^(?:not|n't|never|no|wasn't|isn't|wasnt)$/

function hasWord(clauses: string[], test: (word: string, negated: boolean) => boolean): boolean {
  return clauses.some((c) => tokenize(c).some((t, i, all) => {
    const before = all.slice(Math.max(0, i - 2), i).map((x) => x.lower)
    return test(t.lower, before.some((w) => NOT.test(w)))
  }))
}

/** Praise that plainly approves but names nothing of mine: thanks for their kind words. */
export function kindWords(clauses: string[]): Mention | null {
  return hasWord(clauses, (w, negated) => APPROVAL.has(w) && !negated) ? { usable: true, text: KIND_WORDS, generic: true } : null
}

/** A doubt plainly voiced but naming nothing I could answer: the concern they raised. */
export function raisedConcern(clauses: string[]): Mention | null {
  const doubting = hasWord(clauses, (w, negated) => DOUBT.has(w) || (negated && DOUBT_WHEN_NOT.has(w)))
  return doubting ? { usable: true, text: RAISED_CONCERN, generic: true } : null
}
