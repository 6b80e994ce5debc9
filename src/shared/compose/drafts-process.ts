import { formatLongDate, isIsoDate } from '../dates'
import { firstName, PLACEHOLDERS, signOff, type Resolved } from './context'
import { isSpeaker } from './recipient-points'
import type { DraftText } from './drafts-interview'
import { aboutTopic, asClause, asSentence, especially, paragraphs, pickTopic } from './sentences'

// Drafts about the process itself, mostly to the main contact: follow-ups, offers, stepping out,
// replying to a rejection, correcting a mistake.

const letter = (r: Resolved, closing: string, ...parts: string[]): string =>
  `${paragraphs(`Hi ${r.firstName},`, ...parts)}\n\n${signOff(r, closing)}`

/** "You mentioned you hoped" when the recipient gave the date, "Tom mentioned the team hoped" when Tom did. */
function whoGaveTheDate(r: Resolved): string {
  const speaker = r.mentions.decisionSpeaker
  if (!speaker || isSpeaker(speaker, r.person)) return 'You mentioned you hoped'
  const who = r.interviewers.find((p) => isSpeaker(speaker, p))
  return `${who ? firstName(who.name) : firstName(speaker)} mentioned the team hoped`
}

export function statusCheck(r: Resolved): DraftText {
  const timeline = r.decisionBy
    ? `${whoGaveTheDate(r)} to make a decision by ${r.decisionBy}, so I wanted to check in on the timeline.`
    : `I'd be grateful for any update you can share on the timeline.`
  const topic = pickTopic(r)
  const interest = topic
    ? `I'm still very excited about the role${especially(r)}.`
    : `I'm still very excited about the role and about ${PLACEHOLDERS.specific}.`
  return {
    subject: `Following up: ${r.role} role at ${r.company}`,
    body: letter(
      r,
      'Thank you for your time,',
      `I hope you're having a good week. I wanted to follow up on my interview ${r.dateOn} for the ${r.role} role at ${r.company}. ${timeline}`,
      `${interest} Please let me know if there's anything else I can provide in the meantime.`
    )
  }
}

export function secondFollowUp(r: Resolved): DraftText {
  const topic = pickTopic(r)
  const still = topic
    ? `I'm still very interested in the position, and I keep coming back to ${aboutTopic(topic)}.`
    : `I'm still very interested in the position, and I keep coming back to ${PLACEHOLDERS.specific}.`
  return {
    subject: `Checking in: ${r.role} role at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `I'm checking in again about the ${r.role} role at ${r.company}, following my interview ${r.dateOn}. I know these decisions take time. ${still}`,
      `If there's an update on the timeline, or anything more I can share to help, I'd be glad to hear from you.`
    )
  }
}

export function finalFollowUp(r: Resolved): DraftText {
  return {
    subject: `One last check-in: ${r.role} role at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `I wanted to reach out one last time about the ${r.role} role at ${r.company}. Since my interview ${r.dateOn}, I've stayed very interested in the team and the work.`,
      `I understand that priorities can shift. If the role has been filled or the search has moved in another direction, a quick note would help me plan, and I'd welcome the chance to stay in touch about future opportunities.`,
      `Thank you again for your time and consideration.`
    )
  }
}

function optionalTopic(r: Resolved, fallback: string): string {
  const topic = pickTopic(r)
  return topic ? aboutTopic(topic) : fallback
}

export function offerDecline(r: Resolved): DraftText {
  return {
    subject: `${r.role} offer at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `Thank you so much for offering me the ${r.role} role at ${r.company}, and for the time you and the team invested in getting to know me. After careful consideration, I've decided to decline the offer. ${asSentence(r.extra.detail)}`,
      `This wasn't an easy decision. I truly enjoyed ${optionalTopic(r, 'getting to know the team')}, and I have a great deal of respect for what you're building. I hope our paths cross again.`,
      `Thank you again for your generosity and understanding.`
    )
  }
}

export function competingOfferWithdraw(r: Resolved): DraftText {
  const where = asClause(r.extra.offerCompany) ? `with ${asClause(r.extra.offerCompany)}` : 'elsewhere'
  return {
    subject: `${r.role} role at ${r.company}: withdrawing my application`,
    body: letter(
      r,
      'Best regards,',
      `Thank you for your time throughout the process for the ${r.role} role at ${r.company}, including my interview ${r.dateOn}. I wanted to let you know that I have accepted an offer ${where}, so I'd like to withdraw from consideration.`,
      `I enjoyed getting to know the team, and I'm grateful for the care you put into the process. I hope our paths cross again.`
    )
  }
}

function deadlinePhrase(deadline: string | undefined): string {
  const d = asClause(deadline)
  if (!d) return PLACEHOLDERS.deadline
  return isIsoDate(d) ? formatLongDate(d) : d
}

export function competingOfferTimeline(r: Resolved): DraftText {
  const topic = pickTopic(r)
  return {
    subject: `${r.role} role at ${r.company}: timeline question`,
    body: letter(
      r,
      'Best regards,',
      `I hope you're well. I wanted to let you know that I've received a written offer from another company, and I've been asked to respond by ${deadlinePhrase(r.extra.deadline)}.`,
      `${r.company} is my first choice. Since my interview ${r.dateOn}, I've been excited about the ${r.role} role${topic ? especially(r) : ` and about ${PLACEHOLDERS.specific}`}. Would you be able to share where things stand in your process, and whether a decision might be possible before then?`,
      `I'd be grateful for anything you can share, and I completely understand if the timing doesn't work.`
    )
  }
}

export function withdrawal(r: Resolved): DraftText {
  return {
    subject: `Withdrawing my application: ${r.role} at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `Thank you for your time and consideration for the ${r.role} role at ${r.company}, and for everything since my interview ${r.dateOn}. After a lot of thought, I've decided to withdraw my application. ${asSentence(r.extra.detail)}`,
      `I enjoyed ${optionalTopic(r, 'getting to know the team')}, and I'm grateful for the chance to learn about your work. I hope our paths cross again.`
    )
  }
}

export function offerAcceptance(r: Resolved): DraftText {
  const topic = pickTopic(r)
  const lookingForward = topic
    ? topic.kind === 'noun'
      ? `I'm looking forward to joining the team and getting started on ${topic.text}.`
      : `I'm looking forward to joining the team, especially after hearing that ${topic.text}.`
    : `I'm looking forward to joining the team.`
  return {
    subject: `Accepting the ${r.role} offer at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `Thank you so much. I'm delighted to accept the offer for the ${r.role} role at ${r.company}! ${asSentence(r.extra.detail)}`,
      `${lookingForward} Please let me know what you need from me before my first day and what the next steps are.`,
      `Thank you again to you and the team for a wonderful process.`
    )
  }
}

export function rejectionReply(r: Resolved): DraftText {
  return {
    subject: `Thank you: ${r.role} role at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `Thank you for letting me know, and for the time you and the team gave me during the process for the ${r.role} role at ${r.company}. While I'm disappointed, I really enjoyed my interview ${r.dateOn}, especially ${optionalTopic(r, `our conversation about ${PLACEHOLDERS.specific}`)}.`,
      `If you have a moment, I'd be grateful for any feedback on my interviews that could help me grow. I'd also love to stay in touch, so please keep me in mind for future roles that might be a fit.`
    )
  }
}

export function correction(r: Resolved): DraftText {
  const mistake = asClause(r.extra.mistake) || PLACEHOLDERS.mistake
  return {
    subject: `Correction: ${r.role} role at ${r.company}`,
    body: letter(
      r,
      'Best regards,',
      `I noticed a mistake in my last message about the ${r.role} role at ${r.company}: ${mistake}. ${asSentence(r.extra.correction) || `${PLACEHOLDERS.correction}.`}`,
      `Apologies for any confusion, and thank you for your understanding.`
    )
  }
}
