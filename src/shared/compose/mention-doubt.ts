import { experienceWith, nounPhraseAt, POINTER } from './mention-phrase'
import { joinTokens, tokenize, type Token } from './nlp'

// The thing a doubt was about, when the note says it as a fact about me rather than naming it:
// "no exposure to night audits" → "my experience with night audits", "I've never led a
// refit" → "my experience leading a refit", "doubted I could bear the early starts" → "the early starts".
// Read from parts of speech: a lack word before "experience", a first-person verb after
// "never"/"only"/"mostly", or a verb of coping after "I'd".

const LACK = /^(?:no|little|limited|less|minimal|zero|thin)$/
const SKILL = /^(?:experience|exp|exposure|background)$/
const LINK = /^(?:with|in|of|on|to|w\/|around|doing)$/
const SO_FAR = /^(?:never|only|mostly|just|not|n't|yet|barely|rarely|really|properly|actually|fully|ever)$/
// Verbs that are not doing something: "I've never said", "I only think".
const NOT_DOING = /^(?:say|think|feel|guess|hope|want|wish|mean|seem|need|ask|try|like|love|tell|go|come|hear|see|look|sound|let|can|will|be|know)$/
// "I could bear the early starts", "whether I'd keep pace with sales": what they doubt I'd bear.
const COPE = /^(?:cope|deal|handle|manage|adapt|adjust|keep|settle|fit|survive|enjoy|mind|bear|stand)$/
const EASE = /^(?:ok|okay|fine|comfortable|happy|alright|good)$/

/** A noun phrase at `at`, or one lone word the tagger took for an adjective ("wholesale"). */
function thingAt(tokens: Token[], at: number): Token[] | null {
  let i = at
  while (tokens[i]?.pos === 'ADV' && !/^(?:not|never)$/.test(tokens[i].lower)) i++
  const np = nounPhraseAt(tokens, i)
  if (np) return POINTER.test(np[0].lower) ? null : np
  // "grant reporting" tagged as two verbs is still the name of a kind of work.
  let j = i
  while (j < tokens.length && j - i < 4 && /^(?:NOUN|VERB|PROPN)$/.test(tokens[j].pos)) j++
  const run = tokens.slice(i, j)
  if (run.length > 1 && (j === tokens.length || /^(?:PUNCT|CCONJ|ADP)$/.test(tokens[j].pos)) && /ing$/.test(run[run.length - 1].lower)) {
    return run.map((t) => ({ ...t, pos: 'NOUN' }))
  }
  const word = tokens[i]
  const ends = !tokens[i + 1] || /^[,;.:!)(-]$/.test(tokens[i + 1].text) || tokens[i + 1].pos === 'CCONJ'
  return word && word.pos === 'ADJ' && ends && word.lower.length > 3 ? [{ ...word, pos: 'NOUN' }] : null
}

/** "no exposure to X" → "my experience with X". */
export function lackOfExperience(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!SKILL.test(tokens[i].lower)) continue
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower)
    const lacking = before.some((w) => LACK.test(w)) || before.join(' ').match(/\bnot (?:much|enough|a lot of)$/)
    if (!lacking) continue
    const next = tokens[i + 1]
    if (next && next.pos === 'VERB' && /ing$/.test(next.lower)) {
      const np = thingAt(tokens, i + 2)
      if (np) return tokenize(`my experience ${next.lower} ${joinTokens(np)}`)
    }
    if (next && LINK.test(next.lower)) {
      const np = thingAt(tokens, i + 2)
      if (np) return tokenize(`my experience with ${joinTokens(np)}`)
    }
  }
  return null
}

// "someone who's done X": what they want is what they doubt I have.
const WANTED = /^(?:someone|somebody|person|people|candidate|candidates)$/

function iHaveNotDone(tokens: Token[]): Token[] | null {
  // A note may drop the "I": "never reported to a CEO".
  for (let i = SO_FAR.test(tokens[0]?.lower ?? '') ? -1 : 0; i < tokens.length; i++) {
    const who = tokens[i]
    // Done, not able to: "someone able to lift loads" says what they need, not what I lack.
    const wanted = who && WANTED.test(who.lower) && /^(?:who|that)$/.test(tokens[i + 1]?.lower ?? '') &&
      /^(?:'s|has|have|'ve|had)$/.test(tokens[i + 2]?.lower ?? '')
    if (wanted) i++
    else if (i >= 0 && who.text !== 'I' && who.lower !== 'me' && who.lower !== 'i') continue
    let v = i + 1
    let sofar = false
    while (v < tokens.length && (tokens[v].pos === 'AUX' || tokens[v].pos === 'PART' || SO_FAR.test(tokens[v].lower))) {
      if (SO_FAR.test(tokens[v].lower)) sofar = true
      v++
    }
    const verb = tokens[v]
    if ((!sofar && !wanted) || !verb || verb.pos !== 'VERB' || NOT_DOING.test(verb.lemma)) continue
    let at = v + 1
    // "reported straight to": an adverb the tagger may call an adjective.
    while (tokens[at]?.pos === 'ADV' || (tokens[at]?.pos === 'ADJ' && tokens[at + 1]?.pos === 'ADP')) at++
    const link = tokens[at]?.pos === 'ADP' && tokens[at].lower !== 'on' ? tokens[at++] : null
    const np = thingAt(tokens, at)
    if (!np) continue
    // "worked with X" is experience with X; "reported to a CEO" keeps its "to".
    const general = /^(?:do|work|use|have|handle|deal|get)$/.test(verb.lemma)
    return tokenize(experienceWith(verb, joinTokens(link && !general ? [link, ...np] : np)))
  }
  return null
}

function wouldCope(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]
    const modal = /^(?:'d|would|could|can|will|'ll)$/.test(t.lower) || t.lemma === 'be'
    if (!modal || tokens[i - 1]?.text !== 'I') continue
    let v = i + 1
    if (tokens[v]?.lemma === 'be') v++
    const word = tokens[v]
    if (!word || !(COPE.test(word.lemma) || EASE.test(word.lower))) continue
    let at = v + 1
    while (at < tokens.length && /^(?:up|with|w\/|on|to|in|into|about|being|doing)$/.test(tokens[at].lower)) at++
    const np = thingAt(tokens, at)
    if (np && np.length > 1 && np[0].pos !== 'NUM') return np
  }
  return null
}

/** "whether the long drive would wear me out": the thing they feared would weigh on me. */
function wouldWeighOnMe(tokens: Token[]): Token[] | null {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!/^(?:would|could|might|will|'d|'ll)$/.test(tokens[i].lower) || tokens[i + 1]?.pos !== 'VERB') continue
    if (!tokens.slice(i + 2, i + 4).some((t) => t.lower === 'me')) continue
    for (let start = 0; start < i; start++) {
      if (!/^(?:the|a|an|my|this|that)$/.test(tokens[start].lower)) continue
      const np = nounPhraseAt(tokens, start)
      // The phrase must end at the modal, but for a "when": it is the subject that would weigh on me.
      const gap = np ? tokens.slice(start + np.length, i) : []
      if (np && np.length > 1 && gap.every((t) => /^(?:every|each|day|week|night|morning|evening|daily|weekly)$/.test(t.lower))) return np
    }
  }
  return null
}

/** The doubted thing, as a phrase for "your question about …", or null. */
export function doubtedThing(tokens: Token[]): Token[] | null {
  return lackOfExperience(tokens) ?? iHaveNotDone(tokens) ?? wouldCope(tokens) ?? wouldWeighOnMe(tokens)
}
