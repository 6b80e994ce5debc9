import { gerund, joinTokens, tokenize, type Token } from './nlp'

// Noun phrases found by part of speech, and the checks every mention must pass before a
// message may use it.

const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'X', 'SYM'])
const HEAD = new Set(['NOUN', 'PROPN', 'NUM', 'X'])
const LINKS = new Set(['of', 'for', 'with', 'in', 'on', 'to', 'from', 'at', 'into', 'across', 'around', 'about', 'between', 'without', 'per'])
const DETERMINERS = /^(?:the|a|an|my|your|our|their|this|that|these|those|some|any|each|every|all|both|no|its)$/i

/** Whether a token is part of a noun group ("patient - intake", "design", "scheduling"). */
function inGroup(t: Token, next: Token | undefined, prev: Token | undefined): boolean {
  if (NOUNISH.has(t.pos)) return true
  if (t.text === '-' && prev && next) return true
  // "the governors' finance pack": a plural possessive, split off by the tokenizer.
  if (/^['’]$/.test(t.text) && prev && /s$/i.test(prev.text) && NOUNISH.has(prev.pos) && next && NOUNISH.has(next.pos)) return true
  // "the signed delivery note": a participle after an article describes the thing.
  if (t.pos === 'VERB' && /ed$/.test(t.lower) && prev?.pos === 'DET' && next && NOUNISH.has(next.pos)) return true
  // Taggers often call a noun modifier or the last noun a verb ("design critiques", "the redesign").
  if (t.pos === 'VERB' && next && HEAD.has(next.pos)) return !(/ed$/.test(t.lower) && prev && /^(?:NOUN|PROPN)$/.test(prev.pos))
  if (t.pos === 'VERB' && t.lemma === t.lower && prev && (NOUNISH.has(prev.pos) || prev.pos === 'DET') && !/(?:ed|s)$/.test(t.lower)) return !next || next.pos !== 'DET'
  if (t.pos === 'ADV' && next && NOUNISH.has(next.pos) && (/ly$/.test(t.lower) || prev?.pos === 'DET')) return true
  return false
}

/** Tokens of a noun phrase starting at `from` (with up to two "of/for/with …" tails). */
export function nounPhraseAt(tokens: Token[], from: number, maxTails = 2): Token[] | null {
  let i = from
  const out: Token[] = []
  if (i < tokens.length && (DETERMINERS.test(tokens[i].lower) || /^(?:PRON|DET)$/.test(tokens[i].pos) && /^(?:my|your|their|our)$/.test(tokens[i].lower))) out.push(tokens[i++])
  const groupStart = out.length
  while (i < tokens.length && inGroup(tokens[i], tokens[i + 1], tokens[i - 1])) out.push(tokens[i++])
  if (out.length === groupStart) return null
  // "my Spanish": a lone adjective after a possessive is the thing itself (languages are tagged so).
  const loneAdjective = out.length === groupStart + 1 && out[groupStart].pos === 'ADJ' && groupStart === 1 && /^(?:my|your)$/.test(out[0].lower)
  // "a village primary,": a last word the tagger calls an adjective, right after a noun and
  // before a break, is the noun it stands for.
  const after = tokens[i]
  const nounAdjective = out.length > groupStart + 1 && out[out.length - 1].pos === 'ADJ' && out[out.length - 2].pos === 'NOUN' &&
    (!after || /^[,;.)]$/.test(after.text))
  while (!loneAdjective && !nounAdjective && out.length > groupStart && !HEAD.has(out[out.length - 1].pos) &&
    out[out.length - 1].pos !== 'VERB') {
    out.pop()
    i--
  }
  if (out.length === groupStart) return null
  let tails = 0
  while (tails < maxTails && i < tokens.length) {
    const link = tokens[i]
    const isAnd = link.lower === 'and' && tokens[i + 1] && tokens[i + 1].pos !== 'PRON' && tokens[i + 1].pos !== 'VERB'
    if (!LINKS.has(link.lower) && !isAnd) break
    const tail = nounPhraseAt(tokens, i + 1, 0)
    if (!tail) break
    out.push(link, ...tail)
    i += 1 + tail.length
    tails++
  }
  return out
}

const ADJUNCT = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'since', 'every', 'across', 'around', 'for', 'per', 'by'])

// Words that point back at something said before: the thing itself is not in the phrase.
export const POINTER = /^(?:it|that|this|them|one)$/

export const words = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Cut a phrase to at most `max` words at a link word, never leaving a dangling word. */
export function fitWords(tokens: Token[], max: number): Token[] | null {
  let t = tokens
  // "the survey of the depots | that ran last spring": a relative "that" after a noun ends the thing.
  const clauseBreak = (x: Token, i: number) =>
    i > 2 && (/^(?:and|or|but|when|while|where|which|who|because|so|since|,)$/.test(x.lower) ||
      (x.lower === 'that' && /^(?:NOUN|PROPN|NUM)$/.test(t[i - 1].pos)))
  while (t.length && words(joinTokens(t)) > max) {
    // A clause boundary keeps the meaning whole; failing that, a preposition.
    const atClause = findLastIndex(t, clauseBreak)
    // Only a time or place may be dropped: cutting "moving X | to Y" or "from A | to B" changes the meaning.
    const cut = atClause > 0 ? atClause : findLastIndex(t, (x, i) => i > 1 && ADJUNCT.has(x.lower))
    if (cut < 0) return null
    t = t.slice(0, cut)
  }
  return trimEnd(t)
}

function findLastIndex<T>(list: T[], test: (x: T, i: number) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i], i)) return i
  return -1
}

/** Drop trailing words a phrase cannot end on ("the", "with", "and", commas). */
export function trimEnd(tokens: Token[]): Token[] {
  let t = tokens
  const particle = (i: number) => i > 0 && t[i - 1].pos === 'VERB' && /^(?:out|up|off|down|in|over|back|on|around|through)$/.test(t[i].lower)
  while (t.length && !particle(t.length - 1) && (/^(?:DET|ADP|CCONJ|SCONJ|PART|PUNCT|AUX|PRON)$/.test(t[t.length - 1].pos) || /^(?:my|your|their|our|very|really|so|to|and|or|i|including|like|such)$/i.test(t[t.length - 1].lower))) {
    t = t.slice(0, -1)
  }
  // "… and 2": a count left over from a list.
  if (t.length > 2 && t[t.length - 1].pos === 'NUM' && t[t.length - 2].pos === 'CCONJ') return trimEnd(t.slice(0, -2))
  return t
}

/** "experience" + "managing providers" or "with B2B workflows" from a verb and its object. */
export function experienceWith(verb: Token, rawObject: string): string {
  // "never done much fibre splicing": how much is the doubt's, not the thing's.
  const object = rawObject.replace(/^(?:much|many|any|a lot of|lots of|enough)\s+(?=\S)/i, '')
    // "no industry experience with X" is experience with X, said once.
    .replace(/^(?:(?:industry|relevant|direct|hands-on|real|prior|formal)\s+)?(?:experience|exp|exposure)\s+(?:with|in|of|on)\s+/i, '')
  // Knowing is not an experience: "my knowledge of clinical workflows".
  if (verb.lemma === 'know') return `my knowledge of ${object}`
  if (verb.lemma === 'understand') return `my understanding of ${object}`
  const general = /^(?:do|work|use|have|handle|touch|deal|get|see|try|be)$/.test(verb.lemma)
  return general ? `my experience with ${object}` : `my experience ${gerund(verb.lemma)} ${object}`
}

export function phrase(text: string): Token[] {
  return tokenize(text)
}

const FAILING = new RegExp(String.raw`^how (?:you|your team|the team)\s+(?:\w+\s+)?` +
  String.raw`(?:(?:don't|do not|can't|cannot|never)\s+(?:know|understand|get|manage)|aren't (?:good|great|able))\b`, 'i')

/** Why a finished phrase cannot go into a message, or null when it can. */
export function unsendable(text: string, allowFirstPerson: boolean): string | null {
  if (!/\p{L}{2}/u.test(text)) return 'nothing to say'
  // "how you never understand your buyers": their failing, said back to them, reads as a criticism.
  if (FAILING.test(text)) {
    return 'reads as a criticism of them'
  }
  if (/^(?:the|your|my)\s+(?:no|much|many|lot)\b/i.test(text)) return 'no phrase a message can use'
  // "the no late edits rule", "the kitchen as no shouting", "we publish Mondays no matter": a rule
  // or a quote cut in the middle.
  if (/\b(?:the|a|an|as|of)\s+no\s+(?!-)|\bno matter$/i.test(text)) return 'reads as a note, not a phrase'
  // "the two persons", "the four interviewers": who was in the room, not a subject.
  if (/^the (?:\d+|two|three|four|five|six) (?:people|persons|interviewers|panelists)\b/i.test(text)) return 'not a clear subject'
  // "how the depot is 85 drivers": a head count jotted as what the place is.
  if (/^how .+ (?:is|are|was|were) \d[\d,.]* \p{L}+s$/u.test(text)) return 'reads as a note, not a phrase'
  if (words(text) > 14) return 'too long to say in a sentence'
  if (/^(?:how|the|your|my|a|an)(?:\s+\S+)?$/i.test(text) && !/^(?:the|your|my|an?)\s+\p{L}{3,}$/iu.test(text)) return 'too little to say'
  if (/^(?:the|your)\s+[^%]*\b\p{L}+\s+(?:up|down)?\s*\d[\d,.]*\s*%/iu.test(text)) return 'reads as a note, not a phrase'
  if (/\b(?:she|he|her|him|his|hers|herself|himself)\b/i.test(text)) return 'speaks of someone as he or she'
  if (/\b(?:mr|mrs|ms|dr|prof)\.?\s+\p{Lu}/iu.test(text)) return 'about one person, not the company'
  if (!allowFirstPerson && /\b(?:I|me|I'm|I've|I'd|I'll)\b/.test(text)) return 'is about me, not them'
  if (/\b(?:we|us|we're|we've)\b/i.test(text)) return 'unclear who "we" is'
  if (/[?"“”]|\.\.|[:;]$|\s[-–—/]\s|[(){}[\]]/.test(text)) return 'reads as a note, not a phrase'
  const tokens = tokenize(text)
  const last = tokens.at(-1)
  if (last && /^(?:DET|ADP|CCONJ|SCONJ|PART|AUX)$/.test(last.pos)) return 'ends mid-phrase'
  // "my experience with urban": an adjective left without the thing it described.
  // (The tagger calls some nouns adjectives, "retail"; an adjective's ending tells them apart.)
  if (/^my experience (?:with|in|as) \S+(?:an|al|ous|ive|ic|ful|less|able|ible|ish)$/i.test(text) && last?.pos === 'ADJ') {
    return 'too little to say'
  }
  // "the ward as calm": what they described it as, without the describing.
  if (last?.pos === 'ADJ' && tokens.at(-2)?.lower === 'as') return 'ends mid-phrase'
  return null
}
