import { tag } from '../extract/nlp'

// Parts of speech and lemmas for turning note fragments into phrases, from the extractor's
// tagger: one wink-nlp model, built once on first use, serves both.

export interface Token {
  text: string
  /** Lower-cased text. */
  lower: string
  pos: string
  lemma: string
}

const cache = new Map<string, Token[]>()

/** Tokens of a short text with their parts of speech (Universal POS tags) and lemmas. */
export function tokenize(text: string): Token[] {
  const hit = cache.get(text)
  if (hit) return hit
  // "the CAN bus", "an IT ticket": a word in capitals is a name, whatever verb it spells.
  const words = tag(text).map((t) => ({ text: t.value, lower: t.value.toLowerCase(), lemma: t.lemma,
    pos: /^(?:AUX|VERB)$/.test(t.pos) && /^\p{Lu}{2,}$/u.test(t.value) && t.value !== 'OK' ? 'PROPN' : t.pos }))
  const out = mergeHyphens(text, words)
  if (cache.size > 5000) cache.clear()
  cache.set(text, out)
  return out
}

/** "patient - intake" written as "patient-intake" is one word: a noun, or an adjective when it ends in one. */
function mergeHyphens(text: string, tokens: Token[]): Token[] {
  const out: Token[] = []
  let cursor = 0
  let prevEnd = -1
  let glue = false
  for (const t of tokens) {
    const at = text.indexOf(t.text, cursor)
    const start = at < 0 ? cursor : at
    const touching = start === prevEnd
    if (t.text === '-' && touching && out.length) glue = true
    else if (glue && touching) {
      const head = out[out.length - 1]
      const merged = `${head.text}-${t.text}`
      out[out.length - 1] = { text: merged, lower: merged.toLowerCase(), pos: t.pos === 'ADJ' ? 'ADJ' : 'NOUN', lemma: merged.toLowerCase() }
      glue = false
    } else {
      if (glue) out.push({ text: '-', lower: '-', pos: 'PUNCT', lemma: '-' })
      glue = false
      out.push(t)
    }
    prevEnd = start + t.text.length
    cursor = prevEnd
  }
  if (glue) out.push({ text: '-', lower: '-', pos: 'PUNCT', lemma: '-' })
  return out
}

/** Joins tokens back into text, without spaces before punctuation and clitics. */
export function joinTokens(tokens: Token[]): string {
  let out = ''
  tokens.forEach((t, i) => {
    const tight = i === 0 || (/^(?:[kKmMbB]|s)$/.test(t.text) && /\d$/.test(tokens[i - 1].text)) ||
      (t.text === '$' && /^[A-Z]{1,3}$/.test(tokens[i - 1].text)) || /^(?:[,.;:!?%)\]]|n't|'s|'re|'ve|'ll|'d|'m|’s)$/i.test(t.text) || /^[-/]$/.test(t.text) || /[-/([$£€¥₹]$/.test(tokens[i - 1].text)
    out += tight ? t.text : ` ${t.text}`
  })
  return out
}

const VOWEL = /[aeiou]/
/** "manage" → "managing", "run" → "running", "lead" → "leading", "die" → "dying". */
const STRESSED_END = new Set(['enrol', 'control', 'patrol', 'compel', 'propel', 'refer', 'prefer', 'occur', 'admit',
  'commit', 'submit', 'permit', 'begin', 'forget', 'regret', 'equip', 'transfer', 'omit', 'deter', 'rebel', 'excel'])

export function gerund(lemma: string): string {
  const w = lemma.toLowerCase()
  if (w === 'be') return 'being'
  if (/ie$/.test(w)) return `${w.slice(0, -2)}ying`
  if (/[^aeiou]e$/.test(w) && !/(?:ee|ye|oe)$/.test(w)) return `${w.slice(0, -1)}ing`
  // Stressed last syllables double too ("enrol" → "enrolling", "submit" → "submitting").
  if (STRESSED_END.has(w)) return `${w}${w.slice(-1)}ing`
  // Short consonant-vowel-consonant words double their last letter ("run", "plan", "ship").
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w) && w.length <= 4 && VOWEL.test(w)) return `${w}${w.slice(-1)}ing`
  return `${w}ing`
}
