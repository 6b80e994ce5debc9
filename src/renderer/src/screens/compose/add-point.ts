import { firstName, isSpeaker, type DraftMention } from '../../../../shared/compose'
import {
  CONCERN_OWN,
  CONCERN_SHARED,
  CULTURE,
  MORE_TOPIC,
  PRAISE_OWN,
  PRAISE_SHARED,
  sentenceFor,
  thirdPerson
} from '../../../../shared/compose/mention-sentences'
import { actionSentence } from '../../../../shared/compose/thank-you-body'
import type { Person } from '../../../../shared/model'

// Adding a point the draft left out, in one click: the sentence written for its kind of mention,
// in the right voice for this recipient, put in before the sign-off.

/** The sentence for a left-out point: the recipient's own point as theirs, another person's in the third person. */
export function sentenceToAdd(m: DraftMention, recipient: Person | null, people: readonly Person[]): string {
  const own = isSpeaker(m.speaker, recipient)
  const speaker = m.speaker && !own ? people.find((p) => isSpeaker(m.speaker, p)) : undefined
  if (speaker && m.category !== 'action') return thirdPerson(m, firstName(speaker.name))
  switch (m.category) {
    case 'praise':
      return sentenceFor(own ? PRAISE_OWN : PRAISE_SHARED, m.text, 0)
    case 'concern':
      return sentenceFor(own ? CONCERN_OWN : CONCERN_SHARED, m.text, 0)
    case 'culture':
      return sentenceFor(CULTURE, m.text, 0)
    case 'action':
      return actionSentence(m, 0)
    default:
      return sentenceFor(MORE_TOPIC, m.text, 0)
  }
}

const CLOSING =
  /^(?:best|all the best|kind regards|warm regards|regards|warmly|many thanks|thanks|thank you|sincerely|cheers|with thanks)\b/i

/** The body with a new paragraph before the closing lines (or at the end when there are none). */
export function insertBeforeClosing(body: string, sentence: string): string {
  const paragraphs = body.replace(/\r\n?/g, '\n').split(/\n{2,}/)
  let at = paragraphs.length
  // The sign-off ("Best,\nSam") and a last thank-you line before it stay last; the greeting and
  // the first paragraph (often a thank-you too) stay first.
  while (at > 2 && CLOSING.test(paragraphs[at - 1].trim())) at--
  // A bare signature ("Sam Rivera"): short, and not a sentence.
  const last = paragraphs[at - 1].trim()
  const signature = last.length <= 60 && last.split('\n').length <= 2 && !/[.!?]$/.test(last)
  if (at === paragraphs.length && at > 2 && signature) at--
  return [...paragraphs.slice(0, at), sentence, ...paragraphs.slice(at)].join('\n\n')
}
