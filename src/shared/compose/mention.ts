import type { KeyPointCategory } from '../model'
import { clausesOf, cleanNote, isName, nameContext, toRecipientView, type NameContext } from './mention-clean'
import { experienceWith, fitWords, nounPhraseAt, trimEnd, unsendable } from './mention-phrase'
import { joinTokens, tokenize, type Token } from './nlp'

// A mention is the short phrase a message uses for an accepted key point, in the message's
// voice: "your plan to consolidate three scheduling apps into one", "my experience with B2B
// healthcare workflows". It always fits after "about" ("our conversation about …"). When a point
// cannot be said well it is not used at all: a missing detail is better than a broken sentence.

export type Mention = { usable: true; text: string } | { usable: false; text: null; reason: string }

export interface MentionPoint {
  category: KeyPointCategory
  text: string
  speaker?: string | null
}

export interface MentionContext {
  company?: string
  /** Names of the people met: they are never spliced into a phrase. */
  people?: string[]
}

/** What an action point asks of the candidate: send something, ask, clarify, or a private to-do. */
export type ActionKind = 'send' | 'ask' | 'clarify' | 'private'

const no = (reason: string): Mention => ({ usable: false, text: null, reason })
const yes = (text: string): Mention => ({ usable: true, text })

const REPORT_LEAD =
  /^(?:(?:the\s+)?[\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’-]+)?\s+)?(?:also\s+|really\s+|then\s+|kind of\s+|basically\s+)*(?:said|says|mentioned|explained|noted|added|told me|stressed|emphasized|was clear|made clear|made it clear|described|talked about how|thinks|thought|reckoned|called it|pointed out|admitted)\s*(?:that\s+)?/iu
const TALK_LEAD =
  /^(?:(?:we|they|she|he|I|[A-Z][\p{L}'’-]+)\s+)?(?:also\s+|really\s+|mostly\s+|briefly\s+)*(?:talked|spoke|chatted|discussed|went over|covered|dug into|got into|walked (?:me\s+)?through|spent (?:a lot of\s+)?time on|touched on|asked (?:me\s+)?(?:about|abt))\s*(?:about|on|into|over|through|around)?\s*/iu
const MAIN_THING = /^(?:so\s+)?the (?:main|big|biggest|key|other) (?:thing|topic|issue|point)s?\s+(?:you|they|we|she|he)?\s*(?:talked about|discussed|raised|mentioned|care about)?\s*(?:is|was)\s+(?:that\s+)?/i

const GROUP_SUBJECT = /^(?:the\s+)?(?:whole\s+)?(?:team|teams|staff|everyone|everybody|nobody|company|department|unit|office|org|organization|group|managers|leadership|engineers|nurses|admin|administration|people)\b/i
const SUBJ = "(?:you|the team|the whole team|team|everyone|staff)(?:\\s+are|'re|\\s+)?\\s*"
const PLAN_VERB = new RegExp(`^${SUBJ}(?:planning|plan|going|intend|intending|hoping|hope|want|wants|need|needs|aim|aiming|trying|looking)\\s+to\\s+(.+)$`, 'i')
const WANT_SOMEONE = new RegExp(`^${SUBJ}(?:want|wants|need|needs|looking for)\\s+(?:someone|somebody|a person|people|a candidate)\\s+(?:who can|who could|to|that can|who)\\s+(.+)$`, 'i')
const HAVE_THING = /^(?:you|the team|the whole team|team|everyone|staff)(?:'ve got|'ve|\s+have got|\s+(?:have|has|run|runs|hold|holds|do|does))\s+(?:a|an|the|some)?\s*(.+)$/i

const LABEL_ONLY = /^(?:the\s+)?(?:big|main|biggest|key|other|real)?\s*(?:issue|problem|priority|focus|challenge|headache|project|gap|thing|topic)s?(?:\s+right now|\s+now)?$/i
const TIME_WORD = /^(?:every|each|daily|weekly|monthly|mornings?|evenings?|afternoons?|nights?|weeks?|days?|months?|am|pm|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|\d+(?::\d+)?)$/
const SKILL_HEAD = /\b(?:experience|background|skills?|knowledge|exposure|expertise|track record)$/i

function withArticle(np: string, category: KeyPointCategory): string {
  if (/^(?:the|a|an|my|your|our|this|these|those|some|how|why|what|whether|when|where|each|every|all|both)\b/i.test(np)) return np
  if (/^\d/.test(np)) return np
  const mine = category === 'action' || (category === 'concern' && SKILL_HEAD.test(np))
  return `${category === 'culture' ? 'your' : mine ? 'my' : 'the'} ${np}`
}

function lowerFirst(text: string, names: NameContext): string {
  const first = (/^\S+/.exec(text)?.[0] ?? '').replace(/[,;:.!?]+$/, '')
  if (!/^[A-Z][a-z'’-]*$/.test(first) || isName(first, names) || first === 'I' || /^I['’]/.test(first) || CALENDAR.test(first)) return text
  if (names.company && names.company.toLowerCase().split(/\s+/).includes(first.toLowerCase())) return text
  return text[0].toLowerCase() + text.slice(1)
}

/** Drops words after a person's name: "the plan Tom asked for" → "the plan". */
function cutAtName(tokens: Token[], names: NameContext): Token[] {
  const at = tokens.findIndex((t) => t.pos === 'PROPN' && isName(t.text, names))
  return at < 0 ? tokens : trimEnd(tokens.slice(0, at))
}

function finish(tokens: Token[] | null, category: KeyPointCategory, names: NameContext, allowI = false): Mention {
  if (!tokens || !tokens.length) return no('no phrase a message can use')
  let cut = cutAtName(tokens, names)
  while (cut.length > 1 && TRAILING_TIME.test(cut.slice(-2).map((t) => t.lower).join(' '))) cut = trimEnd(cut.slice(0, /^(?:next|this|last)$/.test(cut[cut.length - 2].lower) ? -2 : -1))
  const fitted = fitWords(cut, 14)
  if (!fitted || !fitted.length) return no('too long to say in a sentence')
  const text = withArticle(lowerFirst(joinTokens(fitted), names), category)
  const problem = unsendable(text, allowI)
  return problem ? no(problem) : yes(text)
}

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)s?$/

const TRAILING_TIME = /(?:^|\s)(?:(?:next|this|last) (?:time|week|month)|\S+ (?:later|first|asap|soon|today|tomorrow|again|anyway))$/

function stripLeads(clause: string): string {
  let t = clause
  for (let i = 0; i < 3; i++) {
    const next = t.replace(MAIN_THING, '').replace(REPORT_LEAD, '').replace(TALK_LEAD, '')
    if (next === t) break
    t = next
  }
  return t.trim()
}

/** "you're rebuilding X" → "how you're rebuilding X"; "staff rotate monthly" → "how staff rotate monthly". */
function describeClause(clause: string, category: KeyPointCategory, names: NameContext): Mention {
  const text = toRecipientView(clause)
  const want = WANT_SOMEONE.exec(text)
  if (want) return finish(tokenize(`your need for someone who can ${want[1]}`), category, names)
  const plan = PLAN_VERB.exec(text)
  if (plan) {
    const planned = /^\S+(?:\s+are|'re)?\s+(?:planning|plan|going|intend|intending)\b/i.test(text)
    return finish(tokenize(`your ${planned ? 'plan' : 'goal'} to ${plan[1]}`), category, names)
  }
  const have = HAVE_THING.exec(text)
  if (have) {
    const np = nounPhraseAt(tokenize(have[1]), 0, 3)
    if (np && np.length === tokenize(have[1]).length) return finish(tokenize(`your ${joinTokens(np)}`), category, names)
  }
  const tokens = tokenize(text)
  if (LABEL_ONLY.test(text)) return no('a heading, not a point')
  if (!tokens.length || /^(?:I|me|my|we|us|our)$/i.test(tokens[0].text)) return no('is about me, not them')
  if (tokens[0].pos === 'PROPN' && isName(tokens[0].text, names)) {
    // "Ana wants someone who can …" speaks for the company; anything else she did is hers.
    const company = text.replace(/^\S+(?:\s+[A-Z]\S*)?\s+(?=(?:wants?|needs?|is looking for|hopes?)\b)/, 'you ')
    return company === text ? no('about one person, not the company') : describeClause(company.replace(/^you (wants|needs|hopes)/, (_m, v: string) => `you ${v.slice(0, -1)}`), category, names)
  }
  if (/^(?:she|he|her|his|him)$/i.test(tokens[0].lower)) return no('speaks of someone as he or she')
  const verbAt = tokens.findIndex((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing)$/.test(t.lower)))
  if (verbAt < 0) {
    if (tokens.length === 1 && tokens[0].pos === 'PROPN') return no('a name, not a point')
    if (tokens.every((t) => /^(?:NUM|PUNCT|DET|ADP|SYM)$/.test(t.pos) || TIME_WORD.test(t.lower))) return no('only a time, not a point')
    return finish(nounPhraseAt(tokens, 0) && tokens, category, names)
  }
  if (verbAt === 0) return no('starts with a verb: a to-do, not a subject')
  const subject = joinTokens(tokens.slice(0, verbAt))
  const rest = joinTokens(tokens.slice(verbAt))
  if (/^you$/i.test(subject) || GROUP_SUBJECT.test(subject)) {
    const s = subject.replace(/^(?:team|whole team|staff team)$/i, 'the team').replace(/^(?:whole)\b/i, 'the whole')
    return finish(tokenize(`how ${s} ${rest}`), category, names)
  }
  // "the big push this year is X": the subject is a label, X is the point.
  if (/\b(?:push|priority|focus|issue|problem|challenge|headache|goal|project|thing)\b/i.test(subject) && /^(?:is|was|are)\b/i.test(rest)) {
    return finish(nounPhraseAt(tokens, verbAt + 1), category, names)
  }
  const subjectNp = nounPhraseAt(tokens, 0)
  if (!subjectNp || subjectNp.length !== verbAt) return no('not a clear subject')
  // "the big push this year is X": the subject is a label, X is the point.
  const determined = /^(?:the|a|an|my|your|our|this|that|these|those|some|each|every|all)$/i.test(subjectNp[0].lower)
  const bare = !determined && subjectNp.length === 1 && subjectNp[0].pos === 'NOUN' && !/(?:s|tion|ment|ness|ing|ity|ship)$/.test(subjectNp[0].lower)
  const sub = lowerFirst(subject, names)
  return finish(tokenize(`how ${bare || (!determined && subjectNp.length > 1 && /NOUN/.test(subjectNp[subjectNp.length - 1].pos) && !/s$/.test(subjectNp[subjectNp.length - 1].lower)) ? `the ${sub}` : sub} ${rest}`), category, names)
}

function topicOrCulture(clauses: string[], category: KeyPointCategory, names: NameContext): Mention {
  let first: Mention | null = null
  for (const c of clauses) {
    const lead = lowerFirst(stripLeads(c), names)
    const head = lead.split(/,\s+/)[0]
    const m = head !== lead && head.split(' ').length >= 2 ? describeClause(head, category, names) : describeClause(lead, category, names)
    if (m.usable) return m
    first ??= m
  }
  return first ?? no('nothing to say')
}

/** The first "my …" phrase: "my accessibility audit case study". */
function myPhrase(tokens: Token[]): Token[] | null {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].lower === 'my') {
    const np = nounPhraseAt(tokens, i)
    if (np && np.length > 1) return np
  }
  return null
}

const PRAISE_VERB = /^(?:like|love|enjoy|appreciate|praise|compliment|value|impress|walk|highlight|single)$/

function praise(clauses: string[], names: NameContext): Mention {
  for (const c of clauses) {
    const tokens = tokenize(toRecipientView(stripLeads(c)))
    const mine = myPhrase(tokens)
    if (mine) return finish(mine, 'praise', names)
    const how = tokens.findIndex((t, i) => t.lower === 'how' && tokens[i + 1]?.text === 'I')
    if (how >= 0) return finish(tokens.slice(how, how + 10), 'praise', names, true)
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

function concern(clauses: string[], names: NameContext): Mention {
  for (const c of clauses) {
    const stripped = stripLeads(c)
      .replace(/^(?:[\p{L}'’.-]+\s+)?(?:was|were|seemed|sounded)?\s*(?:a bit\s+|slightly\s+|somewhat\s+)?(?:worried|concerned|unsure|not sure|wasn't sure|hesitant|skeptical|pressed|pushed back|probed|questioned|wondered|asked)\s*(?:about|on|over|abt|by|that)?\s*/iu, '')
    const tokens = tokenize(toRecipientView(stripped))
    const whether = tokens.findIndex((t) => t.lower === 'whether' || t.lower === 'if')
    if (whether >= 0 && tokens[whether + 1]?.text === 'I') {
      return finish([{ ...tokens[whether], text: 'whether', lower: 'whether' }, ...tokens.slice(whether + 1)], 'concern', names, true)
    }
    const mine = myPhrase(tokens)
    if (mine) return finish(mine, 'concern', names)
    const neg = tokens.findIndex((t) => DOUBT_NEGATION.test(t.lower))
    if (neg >= 0) {
      let v = neg + 1
      while (v < tokens.length && (tokens[v].pos === 'AUX' || tokens[v].pos === 'ADV')) v++
      const verb = tokens[v]
      if (verb && verb.pos === 'VERB') {
        let at = v + 1
        if (tokens[at]?.pos === 'ADP') at++
        const object = nounPhraseAt(tokens, at)
        if (object && !/^(?:it|that|this|them)$/i.test(object[0].lower)) return finish(tokenize(experienceWith(verb, joinTokens(object))), 'concern', names)
      }
      const np = nounPhraseAt(tokens, neg + 1)
      if (np && tokens[neg].lower !== "n't") return finish(np, 'concern', names)
    }
    const lack = /\b(?:lack of|limited|little|gap in|missing)\s+(.+)$/i.exec(joinTokens(tokens))
    if (lack) {
      const np = nounPhraseAt(tokenize(lack[1]), 0)
      if (np) return finish(np, 'concern', names)
    }
    if (!tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return finish(nounPhraseAt(tokens, 0), 'concern', names)
  }
  return no('no doubt named that I could answer')
}

const SEND = /\b(?:send|email|e-mail|share|forward|attach|provide|get|give|bring|pass along|drop)\b/i
const ASK = /\b(?:ask|find out|check with (?:them|her|him))\b/i
const CLARIFY = /\b(?:clarify|confirm|correct|answer|explain|follow up on)\b/i
const PRIVATE = /\b(?:look up|look into|research|revise|review|read|practi[cs]e|prep|prepare|sign up|find|study|brush up|learn|update|think about|figure out|remember|don't forget|do not forget|renew|buy|book|memori[sz]e|apply|register|call my|tighten)\b/i

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
  const t = expandAction(text)
  const first = [PRIVATE, SEND, ASK, CLARIFY].map((re) => re.exec(t)?.index ?? Infinity)
  const best = Math.min(...first)
  if (best === Infinity) return /\basked for\b/i.test(t) ? 'send' : 'private'
  return (['private', 'send', 'ask', 'clarify'] as const)[first.indexOf(best)]
}

const expandAction = (text: string) => cleanNote(text, nameContext())

function action(point: MentionPoint, clean: string, names: NameContext): Mention {
  const kind = actionKind(point.text)
  if (kind === 'private') return no('a to-do for me, not something to tell them')
  const verb = kind === 'send' ? SEND : kind === 'ask' ? ASK : CLARIFY
  const m = verb.exec(clean)
  const tokens = tokenize(m ? clean.slice(m.index + m[0].length) : clean.replace(/\b(?:[A-Z][\p{L}'’-]+\s+)?asked for\b.*$/u, ''))
  let at = 0
  while (at < tokens.length && /^(?:ADV|CCONJ|INTJ)$/.test(tokens[at].pos)) at++
  while (at < tokens.length && (isName(tokens[at].text, names) || /^(?:her|him|them|me|you|over|along|back|about|on|up|to|the team|a|an)$/i.test(tokens[at].lower) && !nounPhraseAt(tokens, at))) at++
  while (at < tokens.length && isName(tokens[at].text, names)) at++
  const np = nounPhraseAt(tokens, at)
  if (!np) return no('nothing named to send')
  // Keep "… I mentioned" / "… I promised": it reads well and says why it is coming.
  const next = tokens.slice(at + np.length, at + np.length + 2)
  const tail = next[0]?.text === 'I' && next[1] && /^(?:mention|promise|talk|describe|offer)$/.test(next[1].lemma) ? next : []
  return finish([...np, ...tail], kind === 'send' ? 'action' : 'topic', names, true)
}

// A process recomposes every draft on each edit; the same point always gives the same mention.
const made = new Map<string, Mention>()

/** The mention drafts use for a point, made from its text. */
export function mentionFor(point: MentionPoint, ctx: MentionContext = {}): Mention {
  const key = `${point.category}\u0000${point.text}\u0000${ctx.company ?? ''}\u0000${(ctx.people ?? []).join('\u0001')}`
  const hit = made.get(key)
  if (hit) return hit
  if (made.size > 5000) made.clear()
  const mention = makeMention(point, ctx)
  made.set(key, mention)
  return mention
}

function makeMention(point: MentionPoint, ctx: MentionContext): Mention {
  const names = nameContext(ctx.people, ctx.company)
  if (point.category === 'next-step') return no('next steps are not mentioned in messages')
  const clean = cleanNote(point.text, names)
  if (!clean) return no('nothing to say')
  if (point.category === 'action') return action(point, clean, names)
  const clauses = clausesOf(clean)
  if (point.category === 'praise') return praise(clauses, names)
  if (point.category === 'concern') return concern(clauses, names)
  return topicOrCulture(clauses.slice(0, 3), point.category, names)
}

/** The user's own wording when they gave one, otherwise the generated mention. */
export function pointMention(point: MentionPoint & { mention?: string }, ctx: MentionContext = {}): Mention {
  const own = point.mention?.replace(/\s+/g, ' ').trim()
  if (own) return yes(own.replace(/[.!]+$/, ''))
  return mentionFor(point, ctx)
}
