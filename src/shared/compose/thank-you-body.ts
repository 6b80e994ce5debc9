import { firstName, PLACEHOLDERS, type Resolved } from './context'
import {
  ASK, ASK_QUESTION, CLARIFY, CONCERN_KIND, CONCERN_OWN, CONCERN_SHARED, cultureTemplates, openingTemplates, MORE_TOPIC, PLAN, PRAISE_KIND, PRAISE_OWN, PRAISE_SHARED, SEND, SEND_MORE, CHALLENGE, topicTemplates,
  sentenceFor, thirdPerson
} from './mention-sentences'
import { QUESTION_WORD } from './mention-action'
import { isSpeaker, type DraftMention } from './recipient-points'
import { asClause, lowerStart } from './sentences'

// The personal middle of a thank-you: what this interviewer said, asked or reacted to, each in a
// sentence made for its kind, with wording picked for this recipient.

const LINK = /https?:\/\/\S+[^\s.,;)]/

function byCategory(list: DraftMention[], category: DraftMention['category']): DraftMention[] {
  return list.filter((m) => m.category === category)
}

const ORDER = ['send', 'ask', 'clarify', 'plan']

/** Points that name something before the ones said only as "your kind words" or "the concern you raised". */
const namedFirst = (a: DraftMention, b: DraftMention) => Number(!!a.generic) - Number(!!b.generic)

/** The actions a draft may say, things sent first and plans last: a plan reads as a closing note. */
export function sayableActions(list: DraftMention[]): DraftMention[] {
  return list.filter((m) => m.category === 'action' && m.kind !== 'private')
    .sort((a, b) => ORDER.indexOf(a.kind ?? '') - ORDER.indexOf(b.kind ?? ''))
}

/** The sentence that does what was promised: sends it, asks it, or follows it up. */
export function actionSentence(m: DraftMention, seed: number, detail?: string, first = true): string {
  if (m.kind === 'ask') return sentenceFor(QUESTION_WORD.test(m.text.split(' ', 1)[0]) ? ASK_QUESTION : ASK, m.text, seed)
  if (m.kind === 'clarify') return sentenceFor(CLARIFY, m.text, seed)
  if (m.kind === 'plan') return sentenceFor(PLAN, m.text, seed)
  const link = LINK.exec(detail ?? '')?.[0]
  const sentence = sentenceFor(first ? SEND : SEND_MORE, m.text, seed)
  return link ? sentence.replace('[link]', link) : sentence
}

export function concernLine(r: Resolved, m: DraftMention, own: boolean): string {
  const addition = asClause(r.extra.detail)
  if (addition && !LINK.test(addition)) {
    const lead = m.generic ? `I've also been thinking about ${m.text}`
      : own ? `I've also been thinking about your question about ${m.text}` : `I've also been reflecting on our discussion of ${m.text}`
    return `${lead}, and wanted to add that ${lowerStart(addition)}.`
  }
  return sentenceFor(m.generic ? CONCERN_KIND : own ? CONCERN_OWN : CONCERN_SHARED, m.text, r.mentions.seed)
}

export interface ThankYouParts {
  /** Sentences that follow the opening thanks. */
  details: string
  concern: string
  actions: string
}

/** The detail sentences of a thank-you to r.person. */
export function thankYouParts(r: Resolved, maxActions = 2): ThankYouParts {
  const { own, shared, others } = r.mentions.recipient
  const seed = r.mentions.seed
  const mine = [...own, ...shared]
  const topics = byCategory(mine, 'topic')
  const culture = byCategory(mine, 'culture')
  // Praise that names a strength of mine first; thanks for the kind words only without one.
  const praiseOwn = byCategory(own, 'praise').sort(namedFirst)
  const praiseShared = byCategory(shared, 'praise').sort(namedFirst)
  const details: string[] = []
  const { spare } = r.mentions.recipient
  const firstTopic = topics[0] ?? culture[0] ?? (others.some((m) => m.category === 'topic' || m.category === 'culture') ? undefined : spare[0])
  const opening = firstTopic ? openingTemplates(firstTopic) : null
  if (firstTopic && opening) details.push(sentenceFor(opening, firstTopic.text, seed))
  const praise = praiseOwn[0] ?? praiseShared[0]
  if (praise) details.push(sentenceFor(praise.generic ? PRAISE_KIND : praiseOwn[0] ? PRAISE_OWN : PRAISE_SHARED, praise.text, seed))
  const moreTopic = topics.find((t) => t !== firstTopic)
  const moreCulture = culture.find((c) => c !== firstTopic)
  if (moreCulture) {
    // Two ways of working in one letter never share a sentence.
    const templates = cultureTemplates(moreCulture.text)
    details.push(sentenceFor(templates, moreCulture.text, opening === templates ? seed + 1 : seed))
  }
  // Three details at most: a paragraph, not a list of everything said.
  if (moreTopic && details.length < 3) {
    details.push(sentenceFor(topicTemplates(moreTopic.text) === CHALLENGE ? CHALLENGE : MORE_TOPIC, moreTopic.text, seed + 1))
  }
  if (details.length < 2) {
    const other = others.find((m) => m.category === 'topic' || m.category === 'culture') ??
      others.find((m) => m.category === 'concern' && !m.generic)
    const who = other && r.interviewers.find((p) => isSpeaker(other.speaker, p))
    if (other && who) details.push(thirdPerson(other, firstName(who.name), seed, details.length === 0))
  }
  if (!details.length) details.push(`I especially enjoyed our conversation about ${PLACEHOLDERS.specific}.`)
  const concernOwn = byCategory(own, 'concern').sort(namedFirst)[0]
  const concernShared = byCategory(shared, 'concern').sort(namedFirst)[0]
  const concern = concernOwn ? concernLine(r, concernOwn, true) : concernShared ? concernLine(r, concernShared, false) : ''
  const actions = sayableActions(mine)
    .slice(0, maxActions)
    .map((m, i) => actionSentence(m, seed + i, r.extra.detail, i === 0))
  return { details: details.join(' '), concern, actions: actions.join(' ') }
}
