import { firstName, PLACEHOLDERS, signOff, type Resolved } from './context'
import { linkedinLimit } from './situations'
import { aboutTopic, asSentence, concernSentence, enjoyedSentence, paragraphs, pickTopic, secondDetail } from './sentences'

// Drafts written to the people met in an interview: thank-yous, the card, the LinkedIn note,
// additional information, and a note to another contact.

export interface DraftText {
  subject: string
  body: string
}

const letter = (r: Resolved, closing: string, ...parts: string[]): string =>
  `${paragraphs(`Hi ${r.firstName},`, ...parts)}\n\n${signOff(r, closing)}`

export function thankYou(r: Resolved): DraftText {
  return {
    subject: `Thank you: ${r.role} interview at ${r.company}`,
    body: letter(
      r,
      'Warm regards,',
      `Thank you for taking the time to speak with me ${r.dateOn} about the ${r.role} role at ${r.company}. ${enjoyedSentence(r)} ${secondDetail(r)}`,
      concernSentence(r),
      `Our conversation left me even more excited about the chance to join ${r.company}. Please let me know if there is anything else I can share as you move forward.`
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
  return {
    subject: `Thank you: ${r.role} interviews at ${r.company}`,
    body: letter(
      r,
      'Warm regards,',
      `Thank you for your time ${r.dateOn} and for making my interviews for the ${r.role} role at ${r.company} so engaging.${othersMet(r)}`,
      `${enjoyedSentence(r)} ${secondDetail(r)}`,
      concernSentence(r),
      `Seeing how the team works up close left me even more excited about the chance to contribute at ${r.company}. Thank you again for such a thoughtful conversation, and please let me know if there is anything else I can provide.`
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

function additionalInfoLead(r: Resolved): string {
  const action = r.points.actions[0]
  if (action) {
    return action.startsWith('follow up with ')
      ? `I said I'd ${action}, so I've included it below.`
      : `I wanted to ${action}.`
  }
  const concern = r.points.concerns[0]
  if (concern) return `I've been thinking about your question about ${concern}, and wanted to add a little more.`
  const topic = pickTopic(r)
  if (topic) return `I've been thinking more about ${aboutTopic(topic)}, and wanted to add something I didn't get to share.`
  return `I've been thinking more about our conversation about ${PLACEHOLDERS.specific}, and wanted to add something I didn't get to share.`
}

export function additionalInfo(r: Resolved): DraftText {
  return {
    subject: `Following up on our conversation: ${r.role} at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `Thank you again for speaking with me ${r.dateOn} about the ${r.role} role at ${r.company}. ${additionalInfoLead(r)}`,
      asSentence(r.extra.detail) || PLACEHOLDERS.detail,
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
