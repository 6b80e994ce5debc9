// Detectors for drafts a candidate could not send as is (eval-drafts.ts prints their figures).
import { SHORTHAND_LEFTOVER } from '../src/shared/compose/mention-lexicon'

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []

/** A first-person clause pasted where a noun phrase belongs: "your question about I haven't …". */
const FIRST_PERSON_IN_YOUR = /\byour\b[^.!?\n]{0,50}?\b(?:about|on|of|that|with)\s+(?:I|I'm|I've|I'd)\b/
/** Punctuation or a function word left hanging: "about .", "the,", ": .", "( )". */
const DANGLING = /\s[,.;:!?]|[,;:]\s*[.!?]|\(\s*\)|\.\s*\.|(?:^|\s)(?:the|a|an|of|to|with|about|and|or|for|my|your|their)\s*[.,;:!?](?!\w)/i
const ASIDE = /\b(?:lol|ugh|lmao|oops|yikes|haha|meh|tbh|imo)\b|\b\d{1,2}\s?\/\s?10\b|\p{Extended_Pictographic}|(?:^|\s)fair[.!]?\s*$/imu
// Pronouns of the note-taker's voice: copied verbatim, they mean the note was pasted, not rewritten.
const NOTE_VOICE = new Set(['she', 'he', 'her', 'him', 'his', 'they', 'them', 'their', 'we', 'our', 'us'])

export interface DraftProblems {
  shorthand: string[]
  spliced: string[]
}

function noteGrams(notes: string, n: number): Set<string> {
  const w = words(notes)
  const out = new Set<string>()
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '))
  return out
}

/** Verbatim runs from the notes: five words that keep the notes' pronouns, or twelve of any words. */
function pastedRuns(body: string, notes: string): string[] {
  const found: string[] = []
  const five = noteGrams(notes, 5)
  const twelve = noteGrams(notes, 12)
  const w = words(body)
  for (let i = 0; i + 5 <= w.length; i++) {
    const gram = w.slice(i, i + 5)
    if (five.has(gram.join(' ')) && gram.some((x) => NOTE_VOICE.has(x))) found.push(gram.join(' '))
    if (i + 12 <= w.length && twelve.has(w.slice(i, i + 12).join(' '))) found.push(w.slice(i, i + 12).join(' '))
  }
  return [...new Set(found)]
}

export function draftProblems(body: string, notes: string): DraftProblems {
  // Placeholders are for the user to fill, not the writer's mistakes.
  const text = body.replace(/\[[^\]\n]{1,80}\]/g, 'X')
  const shorthand = SHORTHAND_LEFTOVER.exec(text)?.[0]
  const spliced: string[] = []
  const your = FIRST_PERSON_IN_YOUR.exec(text)
  if (your) spliced.push(`first person in a "your" phrase: ${your[0]}`)
  const dangling = DANGLING.exec(text)
  if (dangling) spliced.push(`dangling: "${text.slice(Math.max(0, dangling.index - 20), dangling.index + 8)}"`)
  const aside = ASIDE.exec(text)
  if (aside) spliced.push(`private aside: ${aside[0]}`)
  for (const run of pastedRuns(text, notes)) spliced.push(`pasted from the notes: "${run}"`)
  return { shorthand: shorthand ? [shorthand] : [], spliced }
}

/** A panel's bodies with every name blanked: equal strings mean two people got one letter. */
export function comparableBody(body: string, names: string[]): string {
  let out = body.replace(/^Hi [^,\n]+,/, '')
  for (const name of names) for (const part of name.split(/\s+/)) if (part.length > 1) out = out.split(part).join('X')
  return out.replace(/\s+/g, ' ').trim()
}
