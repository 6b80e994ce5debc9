import { firstName, PLACEHOLDERS, signOff, type Resolved } from './context'
import { linkedinLimit } from './situations'
import { pick } from './mention-sentences'
import { aboutTopic, asSentence, paragraphs, pickTopic } from './sentences'
import { actionSentence, concernLine, sayableActions, thankYouParts } from './thank-you-body'

// Drafts written to the people met in an interview: thank-yous, the card, the LinkedIn note,
// additional information, and a note to another contact.

export interface DraftText {
  subject: string
  body: string
}

// The first variant of each is the original wording; the others keep panel letters apart.
const CLOSING_SHORT: ((company: string) => string)[] = [
  (c) => `Our conversation left me even more excited about the chance to join ${c}. Please let me know if there is anything else I can share as you move forward.`,
  (c) => `I came away even more excited about the chance to join ${c}. If there is anything else I can share as you move forward, please let me know.`,
  (c) => `Our conversation made me even more eager to join ${c}. Please don't hesitate to reach out if you need anything else from me.`
]
const CLOSING_PANEL: ((company: string) => string)[] = [
  (c) => `Seeing how the team works up close left me even more excited about the chance to contribute at ${c}. Thank you again for such a thoughtful conversation, and please let me know if there is anything else I can provide.`,
  (c) => `Meeting the team left me even more excited about contributing at ${c}. Thank you again for your time, and please let me know if I can share anything else.`,
  (c) => `I left the day even more eager to contribute at ${c}. Thanks again for a thoughtful conversation; I'm happy to provide anything else that would help.`
]

// Read with the closings (seed % 3), four openings give twelve distinct letters for a panel.
const PANEL_OPENING: ((r: Resolved) => string)[] = [
  (r) => `Thank you for your time ${r.dateOn} and for making my interviews for the ${r.role} role at ${r.company} so engaging.`,
  (r) => `Thank you for meeting with me ${r.dateOn} during my interviews for the ${r.role} role at ${r.company}.`,
  (r) => `Thank you for being part of my interviews ${r.dateOn} for the ${r.role} role at ${r.company}.`,
  (r) => `Thank you for taking the time ${r.dateOn} to talk with me about the ${r.role} role at ${r.company}.`
]

const letter = (r: Resolved, closing: string, ...parts: string[]): string =>
  `${paragraphs(`Hi ${r.firstName},`, ...parts)}\n\n${signOff(r, closing)}`

export function thankYou(r: Resolved): DraftText {
  const parts = thankYouParts(r, 1)
  return {
    subject: `Thank you: ${r.role} interview at ${r.company}`,
    body: letter(
      r,
      'Warm regards,',
      `Thank you for taking the time to speak with me ${r.dateOn} about the ${r.role} role at ${r.company}. ${parts.details}`,
      parts.concern,
      parts.actions,
      pick(CLOSING_SHORT, r.mentions.seed)(r.company)
    )
  }
}

function othersMet(r: Resolved): string {
  const others = r.interviewers.filter((p) => p !== r.person).map((p) => firstName(p.name))
  if (!others.length) return ''
  const list = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`
  return ` It was a pleasure to meet you, and to meet ${list} as well.`
}

export function thankYouPanel(r: Resolved): DraftText {
  const parts = thankYouParts(r)
  return {
    subject: `Thank you: ${r.role} interviews at ${r.company}`,
    body: letter(
      r,
      'Warm regards,',
      pick(PANEL_OPENING, Math.floor(r.mentions.seed / 3))(r) + othersMet(r),
      parts.details,
      parts.concern,
      parts.actions,
      pick(CLOSING_PANEL, r.mentions.seed)(r.company)
    )
  }
}

export function thankYouCard(r: Resolved): DraftText {
  const topic = pickTopic(r)
  const detail = topic ? aboutTopic(topic) : r.points.praise[0] ? `talking through ${r.points.praise[0]}` : `our conversation about ${PLACEHOLDERS.specific}`
  const body = paragraphs(
    `Dear ${r.firstName},`,
    `Thank you for meeting with me ${r.dateOn} about the ${r.role} role. I especially enjoyed ${detail}, and I left even more excited about the chance to join ${r.company}.`
  )
  return { subject: '', body: `${body}\n\nWith thanks,\n${r.userName}` }
}

/** The fullest note that fits the LinkedIn limit: with a topic, then without, then shorter. */
export function linkedinNote(r: Resolved, settings: { linkedinPremium: boolean }): DraftText {
  const limit = linkedinLimit(settings)
  const opening = `Hi ${r.firstName}, thank you for speaking with me ${r.dateOn} about the ${r.role} role at ${r.company}.`
  const sign = r.userFirstName
  const topics = [...r.points.topics, ...r.points.culture]
  const candidates = [
    ...topics.map((t) => `${opening} I enjoyed ${aboutTopic(t)} and would love to stay connected. ${sign}`),
    ...r.points.praise.map((p) => `${opening} I enjoyed talking through ${p} and would love to stay connected. ${sign}`),
    `${opening} I'd love to stay connected. ${sign}`,
    `Hi ${r.firstName}, thanks for talking with me ${r.dateOn} about the ${r.role} role at ${r.company}. I'd love to stay connected. ${sign}`,
    `Hi ${r.firstName}, thanks for our talk about the ${r.role} role at ${r.company}. I'd love to stay connected. ${sign}`
  ]
  return { subject: '', body: candidates.find((c) => c.length <= limit) ?? candidates[candidates.length - 1] }
}

/** What to add: the promised things first, then answers to the doubts raised. */
function additionalInfoParts(r: Resolved): string[] {
  const { own, shared } = r.mentions.recipient
  const mine = [...own, ...shared]
  const seed = r.mentions.seed
  const actions = sayableActions(mine).slice(0, 3)
  // "The concern you raised" only when no doubt is named: beside a named one it reads as that one.
  const doubts = mine.filter((m) => m.category === 'concern')
  const named = doubts.filter((m) => !m.generic)
  const concerns = named.length ? named.slice(0, 2) : doubts.slice(0, 1)
  const lines = actions.map((m, i) => actionSentence(m, seed + i, r.extra.detail, i === 0))
  for (const m of concerns) {
    const yours = m.generic ? '' : own.includes(m) ? 'your question about ' : 'our discussion of '
    lines.push(`On ${yours}${m.text}: ${PLACEHOLDERS.detail}.`)
  }
  const detail = asSentence(r.extra.detail)
  if (detail && !actions.some(() => /https?:\/\//.test(detail))) {
    // The user's own words replace the first placeholder they answer.
    const at = lines.findIndex((l) => l.includes(PLACEHOLDERS.detail))
    if (at >= 0) lines[at] = concernLine(r, concerns[at - actions.length], own.includes(concerns[at - actions.length]))
    else lines.push(detail)
  }
  return lines
}

export function additionalInfo(r: Resolved): DraftText {
  const parts = additionalInfoParts(r)
  const topic = pickTopic(r)
  const lead = parts.length
    ? parts.length > 1 ? 'I wanted to follow up on a few things from our conversation.' : 'I wanted to follow up on one thing from our conversation.'
    : `I've been thinking more about ${topic ? aboutTopic(topic) : `our conversation about ${PLACEHOLDERS.specific}`}, and wanted to add something I didn't get to share.`
  return {
    subject: `Following up on our conversation: ${r.role} at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `Thank you again for speaking with me ${r.dateOn} about the ${r.role} role at ${r.company}. ${lead}`,
      parts.length ? parts.join('\n\n') : asSentence(r.extra.detail) || PLACEHOLDERS.detail,
      `I hope this is helpful, and I'm happy to talk it through further.`
    )
  }
}

export function otherContact(r: Resolved): DraftText {
  const topic = pickTopic(r)
  const learned = topic
    ? topic.kind === 'noun'
      ? `I especially enjoyed learning about ${topic.text} during the process, and I'm excited about the chance to join the team.`
      : `It was great to hear that ${topic.text}, and I'm excited about the chance to join the team.`
    : `I especially enjoyed learning about ${PLACEHOLDERS.specific}, and I'm excited about the chance to join the team.`
  return {
    subject: `My ${r.role} interview at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `I wanted to reach out after my interview ${r.dateOn} for the ${r.role} role at ${r.company}. ${asSentence(r.extra.detail) || PLACEHOLDERS.reason}`,
      learned,
      `Thank you again, and I hope we can stay in touch.`
    )
  }
}
