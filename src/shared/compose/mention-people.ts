import { toRecipientView, type NameContext } from './mention-clean'
import { finish, no, stripLeads, type Mention } from './mention-finish'
import { praisedThatI } from './mention-deed'
import { kindWords, raisedConcern } from './mention-generic'
import { doubtedThing, lackOfExperience } from './mention-doubt'
import { experienceWith, fitWords, nounPhraseAt, POINTER } from './mention-phrase'
import { gerund, joinTokens, tokenize, type Token } from './nlp'

// What they praised in me ("my accessibility audit case study") and what they doubted ("my
// experience with B2B healthcare workflows"), in my voice.

// Where I worked is not what they praised: "at my previous employer".
const SETTING = /^(?:job|place|company|employer|role|position|boss|manager|school|office|team|shift|interview)s?$/

// "my solution", "my answer": true of every candidate, so they say nothing.
const BARE_MINE = /^(?:answer|answers|experience|background|skills?|work|story|idea|one|thing|solution|approach|response|design)$/

function myPhrase(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].lower === 'my') {
    const np = nounPhraseAt(tokens, i)
    const bare = np && np.length === 2 && BARE_MINE.test(np[1].lower)
    // "my old school" is where, not what; "my rota plan for the clinic" is a thing of mine.
    const tail = np ? np.findIndex((t, k) => k > 1 && t.pos === 'ADP') : -1
    const head = np && (tail > 0 ? np[tail - 1] : np[np.length - 1])
    if (np && head && np.length > 1 && !bare && !SETTING.test(head.lower)) return np
  }
  return null
}

const GENERIC_THING = /^(?:example|one|thing|things|it|that|this|stuff|bit|part|answer|question)$/

// "lit up about the loyalty card idea", "was keen on my rota".
const REACTION = /^(?:excited|interested|keen|impressed|pleased|happy|taken|into|enthusiastic)$/
const PRAISE_VERB = /^(?:like|love|enjoy|appreciate|praise|compliment|value|impress|walk|highlight|single)$/
// What I did that they reacted to: "once I showed the tool-loan tracker I made".
// Any deed counts ("I beat quota", "I spotted the leak") except saying, thinking and wanting.
const NOT_DEED = /^(?:say|think|feel|guess|hope|want|wish|know|mean|be|seem|need|ask|try|like|love|admit|forget|agree|tell|go|come|get|hear|see|look|sound|make|give|let|can|will)$/
const DONE_THING = /^(?:do|complete|finish|take|have|get|hold|earn)$/

/** "our" in my notes is my old team; to them it would read as theirs. */
const myTeams = (tokens: Token[]) => tokens.map((t) => (t.lower === 'our' ? { ...t, text: "my team's", lower: "my team's" } : t))

/**
 * "I beat quota", "I spotted the leak": a deed done, not one imagined ("how I'd spend…") or a
 * thought ("I said", "I think"), and a plain word, not half of "cross-trained".
 */
function pastDeed(tokens: Token[], i: number, v: number): boolean {
  const verb = tokens[v]
  const modal = tokens.slice(i + 1, v).some((t) => /^(?:would|will|'ll|could|can|should|might|to)$/.test(t.lower))
  const inflected = verb.lower !== verb.lemma && !/ing$/.test(verb.lower)
  const hyphenated = tokens[v - 1]?.text === '-' || tokens[v + 1]?.text === '-' || verb.text.includes('-')
  return inflected && !modal && !hyphenated && !NOT_DEED.test(verb.lemma) && tokens[i - 1]?.lower !== 'how'
}

/** "I described X" → X; "I'd done the X training" → "my X training"; "I drafted the specs first" → "drafting the specs first". */
function myDeed(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'I') continue
    let v = i + 1
    while (v < tokens.length && (tokens[v].pos === 'AUX' || tokens[v].pos === 'ADV' || tokens[v].pos === 'PART')) v++
    // "I did the X course": the auxiliary is the verb.
    if (tokens[v]?.pos !== 'VERB' && v > i + 1 && /^(?:do|have)$/.test(tokens[v - 1].lemma)) v--
    const verb = tokens[v]
    const named = /^(?:describe|explain|mention|present|show|share|walk|talk|do|have|get|take)$/.test(verb?.lemma ?? '')
    const done = !!verb && pastDeed(tokens, i, v)
    if (!verb || !/^(?:VERB|AUX)$/.test(verb.pos) || (!named && !done)) continue
    let at = v + 1
    while (at < tokens.length && /^(?:through|about|on|over|up|out|them|you|him|her)$/.test(tokens[at].lower)) at++
    const particles = tokens.slice(v + 1, at).filter((t) => /^(?:up|out|through|over|on)$/.test(t.lower))
    const np = nounPhraseAt(tokens, at)
    if (!np || (np.length <= 2 && GENERIC_THING.test(np[np.length - 1].lower))) continue
    if (np.some((t) => /[_/]/.test(t.text))) continue
    // "HR truck | driving": the phrase stopped inside a longer one.
    if (tokens[at + np.length]?.pos === 'VERB' && /ing$/.test(tokens[at + np.length].lower)) continue
    const rest = tokens.slice(at + np.length, at + np.length + 2)
    const relative = rest[0]?.text === 'I' && rest[1]?.pos === 'VERB' ? rest : []
    if (/^(?:describe|explain|mention|present|show|share|walk|talk)$/.test(verb.lemma)) return [...np, ...relative]
    if (DONE_THING.test(verb.lemma) && /^(?:the|a|an)$/.test(np[0].lower)) return [{ ...np[0], text: 'my', lower: 'my', pos: 'PRON' }, ...np.slice(1)]
    // "you appreciated spotting the leak" reads as their deed: "how I spotted the leak" is mine.
    const mine = myTeams(np)
    // "I'd written the plans" is "how I've written the plans", never "how I written".
    const perfect = tokens.slice(i + 1, v).some((t) => t.lemma === 'have' || t.lower === "'d") && verb.lower !== verb.lemma
    const have: Token[] = perfect ? [{ ...verb, text: "'ve", lower: "'ve", pos: 'AUX', lemma: 'have' }] : []
    if (done) return [{ ...tokens[i], text: 'how', lower: 'how', pos: 'ADV' }, tokens[i], ...have, verb, ...particles, ...mine]
    return [{ text: gerund(verb.lemma), lower: gerund(verb.lemma), pos: 'VERB', lemma: verb.lemma }, ...particles, ...np]
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
    if (how >= 0 && how < myAt && how <= deedAt) return finish(myTeams(tokens.slice(how)), 'praise', names, true)
    if (deed && deedAt < myAt) return finish(deed, 'praise', names, true)
    if (mine) return finish(mine, 'praise', names)
    if (deed) return finish(deed, 'praise', names, true)
    // "(I) cited the Leeds depot case", or a clause that opens on the thing itself.
    const start = tokens[0]?.pos === 'VERB' && !NOT_DEED.test(tokens[0].lemma) ? 1 : 0
    const opening = /^(?:the|a|an)$/.test(tokens[start]?.lower ?? '') ? nounPhraseAt(tokens, start) : null
    if (opening && opening.length > 2 && !opening.some((t) => /[_/]/.test(t.text))) {
      const rest = tokens.slice(start + opening.length, start + opening.length + 2)
      return finish([...opening, ...(rest[0]?.text === 'I' && rest[1]?.pos === 'VERB' ? rest : [])], 'praise', names, true)
    }
    const verb = tokens.findIndex((t, i) => (t.pos === 'VERB' && PRAISE_VERB.test(t.lemma)) ||
      (REACTION.test(t.lower) && /^(?:about|in|with|by|at)$/.test(tokens[i + 1]?.lower ?? '')))
    if (verb >= 0) {
      let at = verb + 1
      while (at < tokens.length && /^(?:by|with|me|through|out|on|about|in|at)$/.test(tokens[at].lower)) at++
      const np = nounPhraseAt(tokens, at)
      if (np) return finish(np, 'praise', names)
    }
  }
  for (const c of clauses) {
    const deed = praisedThatI(tokenize(toRecipientView(stripLeads(c))))
    const m = deed ? finish(deed, 'praise', names, true) : null
    if (m?.usable) return m
  }
  for (const c of clauses) {
    const work = workPraised(tokenize(toRecipientView(stripLeads(c))))
    if (work) return finish(work, 'praise', names, false, true)
  }
  return kindWords(clauses) ?? no('no strength of mine named')
}

// What a reaction was to, when no strength is named: "once the demo ended", "at the
// exercise part". Mine to present takes "my"; a task they set keeps "the".
const MY_WORK = /^(?:presentation|answer|approach|pitch|story|example|idea|proposal|portfolio|sample|demo|walkthrough)$/
const THEIR_TASK = /^(?:test|exercise|case|task|scenario|section|part|challenge|assessment|simulation|role-play|tasting)$/

function workPraised(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(?:the|my|that)$/.test(tokens[i].lower)) continue
    const np = nounPhraseAt(tokens, i, 0)
    const head = np?.at(-1)?.lower ?? ''
    if (!np || np.length > 5 || !(MY_WORK.test(head) || THEIR_TASK.test(head))) continue
    const det = MY_WORK.test(head) ? 'my' : 'the'
    // Their "the most thorough reply" is praise; in my mouth it would be a boast.
    const plain = np.slice(1).filter((t, k, rest) => !(t.lower === 'most' || rest[k - 1]?.lower === 'most' ||
      (t.pos === 'ADJ' && /[^e]est$/.test(t.lower)) || /^(?:best|finest)$/.test(t.lower)))
    return [{ ...np[0], text: det, lower: det }, ...plain]
  }
  return null
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
    const lacking = lackOfExperience(tokens)
    const said = lacking ? finish(lacking, 'concern', names) : null
    if (said?.usable) return said
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
      // "never had staff under me", "never been a supervisor": the auxiliary is the verb.
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
      // "little exposure to X": X is the thing (doubtedThing below), not "my exposure".
      if (np && !/^(?:experience|exp|exposure|background)$/.test(np[0].lower)) return finish(np, 'concern', names)
    }
    if (!tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      const np = nounPhraseAt(tokens, 0)
      const content = np?.filter((t) => t.pos !== 'DET') ?? []
      if (content.length > 1 || /^\p{Lu}/u.test(content[0]?.text ?? '')) return finish(np, 'concern', names)
    }
  }
  for (const c of clauses) {
    const tokens = tokenize(toRecipientView(c))
    const skill = skillNamed(tokens)
    if (skill) return finish(skill, 'concern', names, false, true)
    const probed = probedThing(tokens)
    if (probed) return finish(probed, 'concern', names, true, true)
  }
  for (const c of clauses) {
    const doubted = doubtedThing(tokenize(toRecipientView(stripLeads(c))))
    const m = doubted ? finish(doubted, 'concern', names) : null
    if (m?.usable) return m
  }
  return raisedConcern(clauses) ?? no('no doubt named that I could answer')
}


// "not sure I have enough payroll experience" → "my payroll experience": the kind of experience
// doubted is named just before the word.
const AMOUNT = /^(?:enough|much|more|some|little|limited|no|any|real|direct|hands-on)$/

function skillNamed(tokens: Token[]): Token[] | null {
  const at = tokens.findIndex((t) => /^(?:experience|background|exposure)$/.test(t.lower))
  if (at < 1 || !tokens.some((t) => t.text === 'I' || t.lower === 'my' || t.lower === 'me')) return null
  let from = at
  const modifier = (t: Token) => /^(?:NOUN|PROPN|ADJ)$/.test(t.pos) || (t.pos === 'VERB' && /ing$/.test(t.lower))
  while (from > 0 && modifier(tokens[from - 1]) && !AMOUNT.test(tokens[from - 1].lower)) from--
  const kind = tokens.slice(from, at)
  if (!kind.length || kind.every((t) => t.pos === 'ADJ')) return null
  const my: Token = { ...tokens[at], text: 'my', lower: 'my', pos: 'PRON' }
  return [my, ...kind, tokens[at]]
}

// "Bo pushed hard on failover plans", "he quizzed me twice about Go", "I've only used
// Jira and Trello": what they kept probing, or the little I have done.
const PROBE = /^(?:push|press|probe|grill|quiz|drill|dig|ask|question|challenge|want|circle|come)$/
const SKILL_ALONE = /^my (?:experience|background|skills?)$/
const PROBE_FILLER = /^(?:hard|me|a|lot|bit|again|twice|two|three|times|more|back|really|quite|also|repeatedly)$/

function probedThing(tokens: Token[]): Token[] | null {
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]
    const negated = tokens.slice(Math.max(0, v - 2), v).some((x) => /^(?:not|n't|never|no)$/.test(x.lower))
    if (t.pos === 'VERB' && PROBE.test(t.lemma) && !negated) {
      let at = v + 1
      while (at < tokens.length && PROBE_FILLER.test(tokens[at].lower)) at++
      if (!/^(?:on|about|into)$/.test(tokens[at]?.lower ?? '')) continue
      const np = nounPhraseAt(tokens, at + 1)
      if (!np || GENERIC_THING.test(np[np.length - 1].lower) || POINTER.test(np[0].lower)) continue
      // "my experience | mixing infusions": the activity belongs to the phrase.
      const next = tokens[at + 1 + np.length]
      const activity = next?.pos === 'VERB' && /ing$/.test(next.lower) ? nounPhraseAt(tokens, at + 2 + np.length) : null
      if (activity) return [...np, next, ...activity]
      if (next?.pos !== 'VERB' && !SKILL_ALONE.test(joinTokens(np))) return np
    }
    if (t.lower === 'only' && tokens[v - 1]?.pos !== 'DET') {
      let at = v + 1
      const verb = tokens[at]?.pos === 'VERB' && !/^(?:have|be)$/.test(tokens[at].lemma) ? tokens[at++] : null
      const np = verb ? nounPhraseAt(tokens, at) : null
      if (verb && np && !POINTER.test(np[0].lower)) return tokenize(experienceWith(verb, joinTokens(np)))
    }
  }
  return null
}
