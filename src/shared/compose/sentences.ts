import type { Clause } from './phrasing'
import { PLACEHOLDERS, type Resolved } from './context'
import { CHALLENGE, topicTemplates } from './mention-sentences'

// Small sentence builders shared by the draft templates, so every situation weaves key points
// in the same careful way.

/** User-typed text as a sentence: capital first letter, closing punctuation. */
export function asSentence(text: string | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim()
  if (!t) return ''
  const capped = t[0].toUpperCase() + t.slice(1)
  return /[.!?…)"”]$/.test(capped) ? capped : `${capped}.`
}

/** User-typed text inside a sentence: no closing punctuation. */
export function asClause(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().replace(/[\s.;:!…]+$/, '')
}

/** Lower a sentence's first letter to continue a sentence, leaving "I" and acronyms alone. */
export function lowerStart(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !/^I['’\s]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text
}

/** Rotates through topics so drafts to different interviewers of one round differ. */
export function pickTopic(r: Resolved, offset = 0): Clause | null {
  const all = [...r.points.topics, ...r.points.culture]
  if (!all.length) return null
  const index = r.person ? Math.max(0, r.interviewers.indexOf(r.person)) : 0
  return all[(index + offset) % all.length]
}

/** "our conversation about the billing migration" or "hearing that the team is growing". */
export function aboutTopic(clause: Clause): string {
  return clause.kind === 'noun' ? `our conversation about ${clause.text}` : `hearing that ${clause.text}`
}

/** The key sentence of a thank-you, or a placeholder when the notes give nothing usable. */
export function enjoyedSentence(r: Resolved, offset = 0): string {
  const topic = pickTopic(r, offset)
  if (topic) return `I especially enjoyed ${aboutTopic(topic)}.`
  const praise = r.points.praise[0]
  if (praise) return `I especially enjoyed talking through ${praise}.`
  return `I especially enjoyed our conversation about ${PLACEHOLDERS.specific}.`
}

/** A second, different detail when there is one: praise first, then another topic. */
export function secondDetail(r: Resolved): string {
  const topic = pickTopic(r)
  // Without a topic, enjoyedSentence already used the first praise point.
  const praise = topic ? r.points.praise[0] : r.points.praise[1]
  if (praise) return `I was also glad we had the chance to talk about ${praise}.`
  const all = [...r.points.topics, ...r.points.culture]
  if (all.length > 1) {
    const other = pickTopic(r, 1) as Clause
    return other.kind === 'noun' ? `I also appreciated hearing about ${other.text}.` : `It was also great to hear that ${other.text}.`
  }
  return ''
}

/** Addresses a doubt the interviewer raised, briefly and without inventing an answer. */
export function concernSentence(r: Resolved): string {
  const concern = r.points.concerns[0]
  if (!concern) return ''
  const addition = asClause(r.extra.detail)
  return addition
    ? `I've also been thinking about your question about ${concern}, and wanted to add that ${lowerStart(addition)}.`
    : `I've also been thinking about your question about ${concern}, and I'd be glad to talk it through further.`
}

/**
 * ", especially after our conversation about X", or '' when there is no usable topic: a follow-up's
 * reason to be excited. The thank-you opened on the first subject, so a later message recalls
 * another one when there is one; a problem of theirs is one to help with.
 */
export function especially(r: Resolved): string {
  const all = [...r.points.topics, ...r.points.culture]
  if (!all.length) return ''
  const index = r.person ? Math.max(0, r.interviewers.indexOf(r.person)) : 0
  const calm = all.filter((c) => topicTemplates(c.text) !== CHALLENGE)
  const pool = calm.length ? calm : all
  const topic = pool.length > 1 ? pool[(index + pool.length - 1) % pool.length] : pool[0]
  const help = topicTemplates(topic.text) === CHALLENGE ? ' and how I could help with it' : ''
  return `, especially after ${aboutTopic(topic)}${help}`
}

export function paragraphs(...parts: string[]): string {
  return parts
    .map((p) => p.replace(/[ \t]+/g, ' ').replace(/ ([.,])/g, '$1').trim())
    .filter(Boolean)
    .join('\n\n')
}
