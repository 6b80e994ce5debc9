import { toRecipientView, type NameContext } from './mention-clean'
import { finish, no, stripLeads, type Mention } from './mention-finish'
import { experienceWith, fitWords, nounPhraseAt } from './mention-phrase'
import { gerund, joinTokens, tokenize, type Token } from './nlp'

// What they praised in me ("my accessibility audit case study") and what they doubted ("my
// experience with B2B healthcare workflows"), in my voice.

// Where I worked is not what they praised: "at my last job".
const SETTING = /^(?:job|place|company|employer|role|position|boss|manager|school|office|team|shift|interview)s?$/

function myPhrase(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].lower === 'my') {
    const np = nounPhraseAt(tokens, i)
    const bare = np && np.length === 2 && /^(?:answer|answers|experience|background|skills?|work|story|idea|one|thing)$/.test(np[1].lower)
    if (np && np.length > 1 && !bare && !SETTING.test(np[np.length - 1].lower)) return np
  }
  return null
}

const GENERIC_THING = /^(?:example|one|thing|things|it|that|this|stuff|bit|part|answer|question)$/

const PRAISE_VERB = /^(?:like|love|enjoy|appreciate|praise|compliment|value|impress|walk|highlight|single)$/
// What I did that they reacted to: "when I described the shift-swap system I built".
const MY_DEED = /^(?:describe|explain|mention|present|show|share|walk|talk|run|build|write|design|lead|do|complete|finish|take|have|get|create|fix|cut|set|pitch|propose|suggest)$/
const DONE_THING = /^(?:do|complete|finish|take|have|get|hold|earn)$/

/** "I described X" → X; "I'd done the X training" → "my X training"; "I wrote the tests first" → "writing the tests first". */
function myDeed(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'I') continue
    let v = i + 1
    while (v < tokens.length && (tokens[v].pos === 'AUX' || tokens[v].pos === 'ADV' || tokens[v].pos === 'PART')) v++
    // "I did the X course": the auxiliary is the verb.
    if (tokens[v]?.pos !== 'VERB' && v > i + 1 && /^(?:do|have)$/.test(tokens[v - 1].lemma)) v--
    const verb = tokens[v]
    if (!verb || !/^(?:VERB|AUX)$/.test(verb.pos) || !MY_DEED.test(verb.lemma)) continue
    let at = v + 1
    while (at < tokens.length && /^(?:through|about|on|over|up|out|them|you|him|her)$/.test(tokens[at].lower)) at++
    const np = nounPhraseAt(tokens, at)
    if (!np || (np.length <= 2 && GENERIC_THING.test(np[np.length - 1].lower))) continue
    // "HR truck | driving": the phrase stopped inside a longer one.
    if (tokens[at + np.length]?.pos === 'VERB' && /ing$/.test(tokens[at + np.length].lower)) continue
    const rest = tokens.slice(at + np.length, at + np.length + 2)
    const relative = rest[0]?.text === 'I' && rest[1]?.pos === 'VERB' ? rest : []
    if (/^(?:describe|explain|mention|present|show|share|walk|talk)$/.test(verb.lemma)) return [...np, ...relative]
    if (DONE_THING.test(verb.lemma) && /^(?:the|a|an)$/.test(np[0].lower)) return [{ ...np[0], text: 'my', lower: 'my', pos: 'PRON' }, ...np.slice(1)]
    return [{ text: gerund(verb.lemma), lower: gerund(verb.lemma), pos: 'VERB', lemma: verb.lemma }, ...np]
  }
  return null
}

export function praise(clauses: string[], names: NameContext): Mention {
  for (const c of clauses) {
    const tokens = tokenize(toRecipientView(stripLeads(c)))
    const how = tokens.findIndex((t, i) => t.lower === 'how' && tokens[i + 1]?.text === 'I')
    const mine = myPhrase(tokens)
    const myAt = mine ? tokens.indexOf(mine[0]) : Infinity
    const deed = myDeed(tokens)
    const deedAt = deed ? tokens.findIndex((t, i) => t.text === 'I' && i < tokens.indexOf(deed[0])) : Infinity
    if (how >= 0 && how < myAt && how <= deedAt) return finish(tokens.slice(how), 'praise', names, true)
    if (deed && deedAt < myAt) return finish(deed, 'praise', names, true)
    if (mine) return finish(mine, 'praise', names)
    if (deed) return finish(deed, 'praise', names, true)
    // "(I) gave the Tamworth example", or a clause that opens on the thing itself.
    const start = tokens[0]?.pos === 'VERB' && MY_DEED.test(tokens[0].lemma) ? 1 : 0
    const opening = /^(?:the|a|an)$/.test(tokens[start]?.lower ?? '') ? nounPhraseAt(tokens, start) : null
    if (opening && opening.length > 2) {
      const rest = tokens.slice(start + opening.length, start + opening.length + 2)
      return finish([...opening, ...(rest[0]?.text === 'I' && rest[1]?.pos === 'VERB' ? rest : [])], 'praise', names, true)
    }
    const verb = tokens.findIndex((t) => t.pos === 'VERB' && PRAISE_VERB.test(t.lemma))
    if (verb >= 0) {
      let at = verb + 1
      while (at < tokens.length && /^(?:by|with|me|through|out|on)$/.test(tokens[at].lower)) at++
      const np = nounPhraseAt(tokens, at)
      if (np) return finish(np, 'praise', names)
    }
  }
  return no('no strength of mine named')
}

const DOUBT_NEGATION = /^(?:never|not|n't|no|without)$/

export function concern(clauses: string[], names: NameContext): Mention {
  for (const c of clauses) {
    const stripped = stripLeads(c)
      .replace(/^(?:[\p{L}'’.-]+\s+)?(?:was|were|seemed|sounded)?\s*(?:a bit\s+|slightly\s+|somewhat\s+)?(?:worried|concerned|unsure|not sure|wasn't sure|hesitant|skeptical|pressed|pushed back|pushed|probed|questioned|wondered|asked(?: me)?(?: (?:twice|two times|again))?|flagged|zeroed in|kept (?:circling|coming) back|came back(?: twice| again)?|circled back|dug into)\s*(?:about|on|over|abt|by|that|to)?\s*(?:the fact(?: that)?\s*)?/iu, '')
    const flub = /\b(?:rambled|fumbled|waffled|stumbled|blanked|struggled|froze)\s+(?:on\s+)?(?:the\s+)?(.+?)\s+question\b/i.exec(stripped)
    if (flub && !/^(?:last|first|second|third|final|other|that|this|one|same|next)$/i.test(flub[1])) return finish(tokenize(`the ${flub[1]}`), 'concern', names)
    const wanted = /\b(?:want|wants|need|needs|looking for|prefer|prefers)\s+(?:someone|somebody|a person|people)\s+(?:with|who has|who's got)\s+(.+)$/i.exec(stripped)
    if (wanted) {
      const np = nounPhraseAt(tokenize(wanted[1]), 0)
      if (np) return finish(np, 'concern', names)
    }
    const tokens = tokenize(toRecipientView(stripped))
    if (tokens[0]?.pos === 'VERB' && /ing$/.test(tokens[0].lower)) {
      // "managing 14 staff including …": the activity they asked about.
      const np = nounPhraseAt(tokens, 1)
      if (np) return finish([tokens[0], ...np], 'concern', names)
    }
    const whether = tokens.findIndex((t, i) => t.lower === 'whether' || t.lower === 'if' || (/^(?:why|how)$/.test(t.lower) && i <= 1))
    if (whether >= 0 && tokens[whether + 1]?.text === 'I') {
      const end = tokens.findIndex((t, i) => i > whether && /^[,;:]$/.test(t.text))
      const clause = tokens.slice(whether + 1, end < 0 ? undefined : end)
      const fitted = fitWords(clause, 9)
      const word = tokens[whether].lower === 'if' ? 'whether' : tokens[whether].lower
      return finish(fitted && [{ ...tokens[whether], text: word, lower: word }, ...fitted], 'concern', names, true)
    }
    const mine = myPhrase(tokens)
    if (mine) return finish(mine, 'concern', names)
    const neg = tokens.findIndex((t) => DOUBT_NEGATION.test(t.lower))
    if (neg >= 0) {
      let v = neg + 1
      while (v < tokens.length && (tokens[v].pos === 'AUX' || tokens[v].pos === 'ADV')) v++
      const verb = tokens[v]
      const aux = tokens[v - 1]
      // "never had direct reports", "never been a coordinator": the auxiliary is the verb.
      if (aux && aux.pos === 'AUX' && v - 1 > neg - 1 && /^(?:have|be)$/.test(aux.lemma) && (!verb || verb.pos !== 'VERB')) {
        const object = nounPhraseAt(tokens, v)
        if (object) return finish(tokenize(`my experience ${aux.lemma === 'be' ? 'as' : 'with'} ${joinTokens(object)}`), 'concern', names)
      }
      if (verb && verb.pos === 'VERB') {
        let at = v + 1
        if (tokens[at]?.pos === 'ADP') at++
        const object = nounPhraseAt(tokens, at)
        if (object && !/^(?:it|that|this|them)$/i.test(object[0].lower)) return finish(tokenize(experienceWith(verb, joinTokens(object))), 'concern', names)
      }
      const np = nounPhraseAt(tokens, neg + 1)
      const content = np?.filter((t) => t.pos !== 'DET') ?? []
      if (np && tokens[neg].lower !== "n't" && (content.length > 1 || /^\p{Lu}/u.test(content[0]?.text ?? ''))) return finish(np, 'concern', names)
    }
    const lack = /\b(?:lack of|limited|little|gap in|missing)\s+(.+)$/i.exec(joinTokens(tokens))
    if (lack) {
      const np = nounPhraseAt(tokenize(lack[1]), 0)
      if (np) return finish(np, 'concern', names)
    }
    if (!tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      const np = nounPhraseAt(tokens, 0)
      const content = np?.filter((t) => t.pos !== 'DET') ?? []
      if (content.length > 1 || /^\p{Lu}/u.test(content[0]?.text ?? '')) return finish(np, 'concern', names)
    }
  }
  return no('no doubt named that I could answer')
}

