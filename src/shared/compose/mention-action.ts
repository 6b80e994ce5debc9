import { cleanNote, isName, nameContext, toRecipientView, type NameContext } from './mention-clean'
import { finish, no, yes, type Mention } from './mention-finish'
import { nounPhraseAt, POINTER, trimEnd } from './mention-phrase'
import { gerund, joinTokens, tokenize, type Token } from './nlp'
import type { MentionPoint } from './mention'

/**
 * What an action point asks of the candidate: send something, ask, clarify, a plan worth telling
 * them ("enrol in a Tableau class": it answers a gap), or a private to-do.
 */
export type ActionKind = 'send' | 'ask' | 'clarify' | 'plan' | 'private'

// Sending, and the ways notes say something is owed: "I owe Ana the deck", "Ana wants the plan".
const SEND = new RegExp(String.raw`\b(?:send|email|e-mail|mail|share|forward|attach|provide|get|give|bring|` +
  String.raw`pass along|drop|owe|promised|gets|wants|waiting on|put together|write up)\b`, 'i')
// "deck → Ana", "slides to Dr. Lund": a thing and whom it goes to, with no verb at all.
const TO_SOMEONE = /(?:→|->|=>|\bto)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}/u
// "check whether they fund X" asks them; "check whether the college course runs" is my own errand.
const ASK = /\b(?:ask|find out|check with (?:them|her|him)|check(?= (?:if|whether) (?!(?:the|my|I|a)\b))|(?:e-?mail|call|message)\s+(?:\S+\s+)?about)\b/i
const CLARIFY = /\b(?:clarify|confirm|correct|answer|explain|follow up on)\b/i
const PRIVATE = /\b(?:look up|look into|research|revise|review|read|practi[cs]e|prep|prepare|sign up|find(?! out)|study|brush up|learn|update|think about|figure out|remember|don't forget|do not forget|renew|buy|book|memori[sz]e|apply|register|call my|tighten|start|tidy|fix|chase|sort out|sign(?! up)|check(?!\s+(?:with|if|whether|in with|back))|double-check)\b/i

// Plans that show them I am closing a gap; looking things up or rehearsing stays private.
const PLAN =
  /\b(?:sign up|enrol|enroll|register|book|take|complete|finish|brush up|read up|study|learn|practi[cs]e|look into)\b/i

const kinds = new Map<string, ActionKind>()

export function actionKind(text: string): ActionKind {
  const hit = kinds.get(text)
  if (hit) return hit
  if (kinds.size > 5000) kinds.clear()
  const kind = findActionKind(text)
  kinds.set(text, kind)
  return kind
}

function findActionKind(text: string): ActionKind {
  // "follow up with Ines re: the checklist I mentioned": cleaning takes the "follow up" off as a label.
  // It is a send when what follows was promised or asked for, otherwise something to clear up.
  if (/^\W*(?:(?:also|then|and|todo)\s+)?follow[- ]?up\s+(?:on\b|w(?:ith\b|\/|\s))/i.test(text)) {
    return /\b(?:mentioned|promised|aske?d for|wanted)\b/i.test(text) ? 'send' : 'clarify'
  }
  const t = expandAction(text)
  const first = [PRIVATE, SEND, ASK, CLARIFY].map((re) => re.exec(t)?.index ?? Infinity)
  const best = Math.min(...first)
  if (best === Infinity) {
    if (/\basked for\b/i.test(t) || TO_SOMEONE.test(text) || deliverable(t)) return 'send'
    return planPhrase(t) ? 'plan' : 'private'
  }
  const kind = (['private', 'send', 'ask', 'clarify'] as const)[first.indexOf(best)]
  return kind === 'private' && planPhrase(t) ? 'plan' : kind
}

/** A note that is only a thing ("Scan of forklift licence, plus the rota sample"): something to send. */
function deliverable(text: string): boolean {
  const tokens = tokenize(text.replace(/^(?:[A-Z]:|to do|todo|me)\s*[:;-]?\s*/i, ''))
  // "Begin evening Excel classes": a verb in its base form up front is a to-do; "Scan of…" is a thing.
  if (tokens[0]?.pos === 'VERB' && tokens[0].lower === tokens[0].lemma && tokens[1]?.lower !== 'of') return false
  const np = nounPhraseAt(tokens, 0)
  const next = np ? tokens[np.length] : undefined
  // "… the pick-rate chart I promised": the thing, and why it is owed.
  const after = tokens.slice(np ? np.length + 1 : 0, np ? np.length + 3 : 0)
  const owed = next?.text === 'I' && (after[0]?.pos === 'VERB' || (after[0]?.pos === 'AUX' && after[1]?.pos === 'VERB'))
  return !!np && np.length >= 2 && (np.length === tokens.length || owed || /^[,;.(]$/.test(next!.text))
}

/** "enrol in the evening Tableau class before round two" → "enrolling in the evening Tableau class". */
function planPhrase(text: string): Token[] | null {
  const m = PLAN.exec(text)
  if (!m || (PRIVATE.exec(text)?.index ?? Infinity) < m.index) return null
  const tokens = tokenize(text.slice(m.index))
  const verb = tokens[0]
  if (!verb) return null
  let at = 1
  while (at < tokens.length && /^(?:up|on|for|into|in|a|the)$/.test(tokens[at].lower) && at < 4) at++
  while (at > 1 && /^(?:a|the)$/.test(tokens[at - 1].lower)) at--
  const np = nounPhraseAt(tokens, at)
  const odd = np?.some((t) => /[_/]/.test(t.text) || t.pos === 'SYM')
  if (!np || odd || POINTER.test(np[0].lower)) return null
  // "SLE reading | and writing retest": a list cut in half says the wrong thing.
  // "… and say so when I write" starts a new clause; "… and speaking exam" is the list going on.
  const after = tokens[at + np.length + 1]
  if (tokens[at + np.length]?.lower === 'and' && !(after?.pos === 'VERB' && after.lemma === after.lower)) return null
  const lead = gerund(verb.lower)
  return [{ ...verb, text: lead, lower: lead }, ...tokens.slice(1, at), ...np]
}

const expandAction = (text: string) => cleanNote(text, nameContext())

/** "Polish the org chart, then pass it on to Ana", "Ana wants the deck I mentioned": the thing, named before the send. */
function thingBefore(text: string): Token[] | null {
  const wanted = /\b(?:wants|asked for|needs|would like|requested|asked to see)\s+(.+)$/i.exec(text)
  const tokens = tokenize(wanted ? wanted[1] : text)
  const verb = wanted ? -1 : tokens.findIndex((t) => t.pos === 'VERB')
  let at = verb + 1
  while (at < tokens.length && /^(?:up|out|together|over|down)$/.test(tokens[at].lower)) at++
  const np = nounPhraseAt(tokens, at)
  if (!np || np.length < 2) return null
  const rest = tokens.slice(at + np.length, at + np.length + 2)
  return rest[0]?.text === 'I' && rest[1]?.pos === 'VERB' ? [...np, ...rest] : np
}

// Papers a candidate sends, which taggers often read as verbs ("send updated resume").
const DOCUMENTS =
  /^(?:resume|résumé|cv|deck|portfolio|transcript|writeup|write-up|references?|samples?|sheet|slides)$/

function asDocuments(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (DOCUMENTS.test(t.lower)) return { ...t, pos: 'NOUN' }
    const next = tokens[i + 1]
    return t.pos === 'VERB' && /ed$/.test(t.lower) && next && DOCUMENTS.test(next.lower) ? { ...t, pos: 'ADJ' } : t
  })
}

const GENERIC_ONE = /^(?:one|ones|thing|things|it|that)$/
const TITLE = /^(?:dr|mr|mrs|ms|mx|prof|ma'am|madam|sir|pn|puan|encik|en|sr|sra)\.?$/

/** The phrase up to its last tail opened by one of `links`, or null when it has none. */
function withoutLastTail(np: Token[], links: RegExp): Token[] | null {
  const link = np.findLastIndex((t, i) => i > 0 && links.test(t.lower))
  return link > 0 ? trimEnd(np.slice(0, link)) : null
}

/** "my resume with the President | 's Club line": a tail cut before its possessive says something else. */
function possessiveCut(np: Token[], next: Token | undefined): Token[] | null {
  if (next?.text !== "'s" && next?.text !== '’s') return np
  return withoutLastTail(np, /^(?:with|of|for|on|from|in|to|and)$/)
}

/** The words a question of mine opens on, once "if" reads "whether". */
export const QUESTION_WORD = /^(?:what|whether|how|when|who|which)$/

/** "ask Bo what moving costs they pay" → "what moving costs they pay". */
function questionAt(tokens: Token[], at: number): Token[] | null {
  const wh = tokens[at]
  if (!wh || (!QUESTION_WORD.test(wh.lower) && wh.lower !== 'if')) return null
  const end = tokens.findIndex((t, i) => i > at && /^[,;:?]$/.test(t.text))
  const clause = tokens.slice(at + 1, end < 0 ? undefined : end)
  // "whether the night rate rises": the tagger may read a verb after a noun as a plural noun.
  const nounVerb = clause.some((t, i) => i > 0 && t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && clause[i - 1].pos === 'NOUN')
  if (clause.length < 2 || !(clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || nounVerb)) return null
  const word = wh.lower === 'if' ? 'whether' : wh.lower
  // Asked of them, "they" is "you": "which system they choose" → "which system you choose".
  const theirs = tokenize(toRecipientView(joinTokens(clause)))
  return [{ ...wh, text: word, lower: word }, ...theirs]
}

/** A question ends where it ends: "what the onboarding looks like" keeps its last word. */
function askWhat(question: Token[], names: NameContext): Mention {
  const last = question.length - 1
  const like = question[last]?.lower === 'like' && /^(?:look|sound|seem|feel)$/.test(question[last - 1]?.lemma ?? '')
  if (!like) return finish(question, 'topic', names, true, true)
  const head = finish(question.slice(0, last), 'topic', names, true, true)
  return head.usable && head.text.endsWith(question[last - 1].text) ? yes(`${head.text} like`) : head
}

const HEAD_POS = /^(?:NOUN|PROPN|NUM|X)$/
const NOT_A_THING = /^(?:call|calls|chat|meeting|coffee|catch-up|visit|debrief|lunch|text)$/
const VAGUE_PAPER = /^(?:view|note|version|summary|thoughts|take|one-pager|thing|stuff)$/

/** Where the verb is: "promised to send Ana the write-up" is the send, not the promise. */
function sendVerb(verb: RegExp, clean: string): { start: number; end: number } | null {
  const m = verb.exec(clean)
  if (!m) return null
  const end = m.index + m[0].length
  const again = /^\s+(?:to\s+)?/.exec(clean.slice(end))
  const inner = verb.exec(clean.slice(end))
  if (!again || !inner || inner.index !== again[0].length) return { start: m.index, end }
  return { start: end + inner.index, end: end + inner.index + inner[0].length }
}

/** "invoices with client names | removed": a tail cut before its participle says the opposite. */
function participleCut(np: Token[], next: Token | undefined): Token[] {
  if (!next || next.pos !== 'VERB' || !/ed$/.test(next.lower)) return np
  return withoutLastTail(np, /^(?:with|without)$/) ?? np
}

/** "scan of my licence" stays, "Miro board of my map" → "the Miro board…": one "my" is enough. */
function ownedThing(np: Token[]): Token[] {
  if (/^(?:a|an|the|my)$/.test(np[0]?.lower ?? '') || !np.some((t) => t.lower === 'my')) return np
  // "Copy of my licence" opening a line is a plain noun, whatever the tagger says.
  const plain = np[0].pos !== 'PROPN' || (/^\p{Lu}\p{Ll}+$/u.test(np[0].text) && np[1]?.lower === 'of')
  const first = plain ? { ...np[0], text: np[0].lower } : np[0]
  const of = np.findIndex((t) => t.lower === 'of')
  const head = np[(of > 0 ? of : np.length) - 1]
  if (/[^s]s$/.test(head.lower)) return [first, ...np.slice(1)]
  const det = head.lower === 'copy' ? 'a' : 'the'
  return [{ ...np[0], text: det, lower: det, pos: 'DET' }, first, ...np.slice(1)]
}

/** Whether the phrase already says whose it is ("scans of my licences", "the scan of my licence"). */
const startsOwned = (np: Token[]) => np.some((t) => t.lower === 'my') || /^(?:a|an|the)$/.test(np[0]?.lower ?? '')

/** "(also follow up) with HR about the start date": what to follow up on, or the note as it is. */
function followedUp(clean: string): string {
  const rest = /^(?:(?:also|then)\s+)?(?:follow[- ]?up\s+)?(?:w(?:ith)?|on)\s+(.+)$/i.exec(clean)?.[1]
  if (!rest) return clean
  return /^(?:\S+\s+){0,2}?(?:about|on)\s+(.+)$/i.exec(rest)?.[1] ?? rest
}

export function action(point: MentionPoint, clean: string, names: NameContext): Mention {
  const kind = actionKind(point.text)
  if (kind === 'private') return no('a to-do for me, not something to tell them')
  if (kind === 'plan') return finish(planPhrase(expandAction(point.text)), 'action', names, false, true)
  const verb = kind === 'send' ? SEND : kind === 'ask' ? ASK : CLARIFY
  const m = sendVerb(verb, clean)
  const askedFor = m ? null : /\basked for\s+(.+)$/i.exec(clean)
  const tokens = asDocuments(tokenize(m ? clean.slice(m.end) : askedFor ? askedFor[1] : followedUp(clean)))
    // "scan of my licence": a verb's form before "of" is the thing itself.
    .map((t, i, all) => (t.pos === 'VERB' && all[i + 1]?.lower === 'of' && (i === 0 || all[i - 1].pos !== 'PRON') ? { ...t, pos: 'NOUN' } : t))
  let at = 0
  while (at < tokens.length && /^(?:ADV|CCONJ|INTJ)$/.test(tokens[at].pos)) at++
  // Whom it goes to: "Ms Tan", "Dr. Obi", "PG", "her".
  const whom = (t: Token) => isName(t.text, names) || TITLE.test(t.lower) || (t.text === '.' && TITLE.test(tokens[at - 1]?.lower ?? '')) ||
    names.initials.has(t.text)
  // "email her: my licence, …": a colon before the list of things.
  while (at < tokens.length && (whom(tokens[at]) || /^(?:her|him|them|me|you|over|along|back|about|on|up|to|the team|a|an|with|:)$/i.test(tokens[at].lower) && !nounPhraseAt(tokens, at))) at++
  while (at < tokens.length && whom(tokens[at])) at++
  // "email tonight with my resume": when, then what.
  while (at < tokens.length && /^(?:tonight|today|tomorrow|asap|first|with)$/.test(tokens[at].lower)) at++
  if (kind === 'ask') {
    const question = questionAt(tokens, at)
    if (question) return askWhat(question, names)
  }
  // Read from where the thing starts: a name before it is not a noun it modifies.
  const whole = nounPhraseAt(tokens.slice(at), 0)
  // "my cert and the HACCP one": the list's "one" says nothing, the rest does.
  // "one page" counts pages; only a "one" standing for the thing is generic.
  const generic = (list: Token[]) => list.some((t, i) => GENERIC_ONE.test(t.lower) && !(t.lower === 'one' && list[i + 1]?.pos === 'NOUN'))
  const found = whole && generic(whole) ? withoutLastTail(whole, /^and$/) : whole
  const named = found && !generic(found) ? found : null
  const after = named ? tokens[at + named.length] : undefined
  const np = (named ? possessiveCut(participleCut(named, after), after) : null) ??
    (kind === 'send' ? thingBefore(m ? clean.slice(0, m.start) : clean.replace(/\basked for\b.*$/i, '')) : null) ??
    (kind === 'send' && askedFor ? nounPhraseAt(asDocuments(tokenize(clean.slice(0, askedFor.index))), 0) : null)
  if (!np) return no('nothing named to send')
  // Keep "… I mentioned" / "… I promised": it reads well and says why it is coming.
  const next = tokens.slice(at + np.length, at + np.length + 2)
  const tail = next[0]?.text === 'I' && next[1]?.pos === 'VERB' ? next : []
  if (kind === 'send') {
    // Theirs is not mine to send ("your onboarding guide"); "to the open day" is where, not what.
    if (np.some((t) => t.lower === 'your' || t.lower === 'their')) return no('something of theirs, not mine to send')
    const to = np.findIndex((t, i) => i > 1 && t.lower === 'to' && !/^(?:link|links|access|guide|intro|introduction|answer|response|key|approach)$/.test(np[i - 1].lower))
    const thing = to > 0 ? trimEnd(np.slice(0, to)) : np
    const head = thing.filter((t) => HEAD_POS.test(t.pos)).at(-1)?.lower ?? ''
    const meeting = thing.some((t) => NOT_A_THING.test(t.lower) && HEAD_POS.test(t.pos))
    if (meeting) return no('a call or a meeting, not something to send')
    const plain = thing.slice(0, -1).every((t) => /^(?:DET|ADJ|PRON)$/.test(t.pos) || t.text === '-')
    if (plain && VAGUE_PAPER.test(head)) return no('too vague to mention')
    return finish([...ownedThing(thing), ...(to > 0 ? [] : tail)], 'action', names, true, startsOwned(thing))
  }
  // Asked or told to them, their things are "your": "a copy of your safety protocol".
  return finish(tokenize(toRecipientView(joinTokens([...np, ...tail]))), 'topic', names, true)
}

// A process recomposes every draft on each edit; the same point always gives the same mention.
