import { experienceWith, nounPhraseAt } from './mention-phrase'
import { joinTokens, tokenize, type Token } from './nlp'

// Praise said as a fact about me: "praised that I trimmed the queue by a third" → "how I trimmed
// the queue by a third", "pleased i know Revit well" → "my knowledge of Revit", "glad I hold a
// forklift ticket" → "my forklift ticket". The "that I …" after a word of liking is what they
// praised, in any tense.

const LIKING = /^(?:like|love|enjoy|appreciate|impress|impressed|happy|glad|pleased|good|great|nice|excited|keen|value|notice)$/
const SAYING = /^(?:say|think|feel|guess|hope|want|wish|mean|seem|ask|try|tell|go|come|hear|see|look|sound|let|can|will|be|agree)$/
const FILLER = /^(?:already|also|still|actually|really|always|usually|regularly|personally|even)$/

const isI = (t: Token | undefined) => !!t && (t.text === 'I' || (t.text === 'i' && t.pos === 'PRON'))

/** The deed in "… liked that I …", or null. */
export function praisedThatI(tokens: Token[]): Token[] | null {
  const liking = (t: Token | undefined) => !!t && (LIKING.test(t.lemma) || LIKING.test(t.lower))
  for (let i = 1; i < tokens.length - 2; i++) {
    // "liked that I …", or with the "that" left out: "happy i know …".
    const that = tokens[i].lower === 'that' && tokens.slice(Math.max(0, i - 2), i).some(liking)
    if (!(that || liking(tokens[i])) || !isI(tokens[i + 1])) continue
    let v = i + 2
    while (v < tokens.length && (tokens[v].pos === 'AUX' || FILLER.test(tokens[v].lower))) v++
    const verb = tokens[v]
    if (!verb || verb.pos !== 'VERB' || SAYING.test(verb.lemma)) continue
    // A modal is a promise, not a deed: "liked that I'd consider nights".
    if (tokens.slice(i + 2, v).some((t) => /^(?:would|will|'ll|could|can|might|should)$/.test(t.lower))) continue
    const np = nounPhraseAt(tokens, v + 1)
    if (verb.lemma === 'know' && np) return tokenize(experienceWith(verb, joinTokens(np)))
    if (/^(?:hold|have)$/.test(verb.lemma) && np && /^(?:the|a|an)$/.test(np[0].lower)) {
      return [{ ...np[0], text: 'my', lower: 'my', pos: 'PRON' }, ...np.slice(1)]
    }
    if (/^(?:hold|have)$/.test(verb.lemma)) continue
    const I: Token = { ...tokens[i + 1], text: 'I', lower: 'i' }
    const end = tokens.findIndex((t, k) => k > v && /^[,;:—–]$/.test(t.text))
    // Praise is of something done: "I'd run flows before" is "I've run", not "I would".
    const rest = tokens.slice(i + 2, end < 0 ? undefined : end).filter((t) => !FILLER.test(t.lower))
      .map((t) => (t.lower === "'d" ? { ...t, text: "'ve", lower: "'ve" } : t))
    return [{ ...tokens[i], text: 'how', lower: 'how', pos: 'ADV' }, I, ...rest]
  }
  return null
}
