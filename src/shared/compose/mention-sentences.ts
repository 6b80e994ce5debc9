import type { DraftMention } from './recipient-points'

// Sentences written for each kind of mention. Every mention fits after "about", so each template
// puts it there or in another object slot. Several variants per kind; the draft picks one per
// recipient so two panelists do not read the same letter.

type Template = (m: string) => string

const upper = (s: string) => s[0].toUpperCase() + s.slice(1)

export const TOPIC: Template[] = [
  (m) => `I especially enjoyed our conversation about ${m}.`,
  (m) => `I really enjoyed hearing about ${m}.`,
  (m) => `Learning about ${m} was a highlight of the conversation for me.`,
  (m) => `I keep thinking about our discussion of ${m}.`
]

/** A problem they are facing: enjoying it would read oddly, so these speak of helping with it. */
export const CHALLENGE: Template[] = [
  (m) => `I keep thinking about our conversation about ${m}, and how I could help with it.`,
  (m) => `I've been thinking more about ${m} since we spoke.`,
  (m) => `Our discussion of ${m} has stayed with me, and I'd love to help tackle it.`
]

const TROUBLE = new RegExp(
  String.raw`(?:n't\b|\b(?:not|never|problems?|issues?|backlogs?|short|shortage|late|behind|drop(?:ped|s)?|` +
    String.raw`struggl\w*|gaps?|lack|overflow|churn|delays?|waits?|wait-list|bottleneck|mess|broken|failing|losing|` +
    String.raw`lost|headaches?|pain|too (?:high|low|slow|many|few|much)|burn(?:s|ed|t|ing)? out|burnout|turnover|` +
    String.raw`stress(?:ful|ed)?|understaffed|overworked|quit|difficult|firefighting|weak|weaker|slump|dip(?:ped)?|` +
    String.raw`declin(?:e|ed|ing)|falling|fell)\b)`,
  'i'
)

// "how you don't work weekends" is a rule of theirs, not a problem: only the rest of it can be one.
const POLICY_NOT = /^how (?:you|they|everyone|the team|your team) (?:don't|do not|never|won't|will not)\s+/i

/** Whether a mention speaks of a problem or a hard side of the job. */
function troubled(mention: string): boolean {
  return TROUBLE.test(mention.replace(POLICY_NOT, ''))
}

/** Topic sentences for a challenge, others for the rest. */
export function topicTemplates(mention: string): Template[] {
  return troubled(mention) ? CHALLENGE : TOPIC
}

export const MORE_TOPIC: Template[] = [
  (m) => `I also appreciated hearing about ${m}.`,
  (m) => `It was also great to learn about ${m}.`,
  (m) => `I was also glad we got to talk about ${m}.`
]

/** The recipient's praise of something of mine. */
export const PRAISE_OWN: Template[] = [
  (m) => `Thank you as well for the kind words about ${m}; it was great to hear that ${isPlural(m) ? 'they' : 'it'} resonated with you.`,
  (m) => `I was glad to hear you appreciated ${m}.`,
  (m) => `It meant a lot to hear your thoughts on ${m}.`
]

/** Their approval of an answer, when the notes name nothing of mine: `m` is "the kind words you shared". */
export const PRAISE_KIND: Template[] = [
  (m) => `Thank you as well for ${m} during the interview; they meant a lot.`,
  (m) => `I also really appreciated ${m} about my answers.`,
  (m) => `I was very encouraged by ${m}, and I'm grateful for them.`
]

/** Praise nobody is named for: said of the conversation, not of one person. */
export const PRAISE_SHARED: Template[] = [
  (m) => `I was glad we had the chance to talk about ${m}.`,
  (m) => `I was happy to walk you through ${m}.`,
  (m) => `I enjoyed sharing more about ${m}.`
]

/** Hard things they were open about (burnout, turnover): loving them would read as not listening. */
const CULTURE_CANDID: Template[] = [
  (m) => `I appreciated how openly you spoke about ${m}.`,
  (m) => `Thank you for being candid about ${m}; it helped me picture the role.`
]

// Hours, shifts, pay and leave are terms of the job: glad to know them, not in love with them.
const TERMS = new RegExp(String.raw`\b(?:shifts?|hours|rota|roster|on-call|office|remote|hybrid|home|allowances?|` +
  String.raw`bonus|pay|salary|insurance|medical|leave|holidays?|overtime|commute|parking|probation|contract|benefits|` +
  String.raw`pension|uniform|travel|transport|weekends?|schedule|start times?|timings|days? off|per week|rotation)\b`, 'i')
const CULTURE_TERMS: Template[] = [
  (m) => `Thank you as well for walking me through ${m}; it helped me picture the role day to day.`,
  (m) => `It was helpful to hear about ${m}.`,
  (m) => `I appreciated the clear picture of ${m}.`
]

export function cultureTemplates(mention: string): Template[] {
  return troubled(mention) ? CULTURE_CANDID : TERMS.test(mention) ? CULTURE_TERMS : CULTURE
}

/** The opening detail of a thank-you: a subject of theirs, or a way of working when there is none. */
export function openingTemplates(m: DraftMention): Template[] {
  return m.category === 'culture' && cultureTemplates(m.text) === CULTURE_TERMS ? CULTURE_TERMS : topicTemplates(m.text)
}

export const CULTURE: Template[] = [
  (m) => `I also loved hearing about ${m}; it sounds like a team I would love to join.`,
  (m) => `Hearing about ${m} made the team feel like a great fit for how I like to work.`,
  (m) => `I appreciated learning about ${m}.`
]

/** The recipient's own question or doubt. */
export const CONCERN_OWN: Template[] = [
  (m) => `I've also been thinking more about your question about ${m}, and I'd be glad to talk it through further.`,
  (m) => `I appreciated your candid question about ${m}; I'd welcome the chance to share more on it.`,
  (m) => `Since you asked about ${m}, I'd be happy to go into more detail whenever it would help.`
]

/** Their doubt, when the notes name nothing I could answer: `m` is "the concern you raised". */
export const CONCERN_KIND: Template[] = [
  (m) => `I've been reflecting on ${m}, and I'd be glad to talk it through further.`,
  (m) => `Thank you for being open about ${m}; I'd welcome the chance to show how I'd address it.`,
  (m) => `I've given more thought to ${m}, and I'd be happy to share how I would approach it.`
]

/** A doubt nobody is named for. */
export const CONCERN_SHARED: Template[] = [
  (m) => `I've also been reflecting on our discussion of ${m}, and I'd be glad to talk it through further.`,
  (m) => `I'd also welcome the chance to say more about ${m}.`
]

// References, a number or my availability are written out, not linked.
const WRITTEN_OUT = /\b(?:references?|referees?|number|availability|dates|contact details|notice period|start date)$/i
export const SEND: Template[] = [(m) => `As promised, ${hereIs(m)}: ${WRITTEN_OUT.test(m) ? '[details]' : '[link]'}.`]
export const SEND_MORE: Template[] = [
  (m) => (WRITTEN_OUT.test(m) ? `Here ${hereIs(m).slice(5)} as well: [details].` : `I've also attached ${m}.`)
]
export const ASK: Template[] = [
  (m) => `When there's a chance, I'd love to hear more about ${m}.`,
  (m) => `I'd also love to learn more about ${m} when the time is right.`
]
/** A plan that closes a gap they saw: "signing up for the SAS course". */
export const PLAN: Template[] = [
  (m) => `I also wanted to mention that I'm planning on ${m}.`,
  (m) => `To build on our conversation, I'm also planning on ${m}.`
]
/** A question of mine: "whether the phone plan is paid". */
export const ASK_QUESTION: Template[] = [
  (m) => `I also wanted to ask ${m}.`,
  (m) => `When you have a moment, could you let me know ${m}?`
]
export const CLARIFY: Template[] = [
  (m) => `I also wanted to follow up on ${m}.`,
  (m) => `I'd also like to confirm ${m}.`
]

/** Another panelist's point, in the third person: "Tom's question about …". */
export function thirdPerson(m: DraftMention, first: string, seed = 0, alone = false): string {
  // `alone`: the letter's only detail, so there is nothing for "also" or "as well" to add to.
  const also = alone ? '' : ' also'
  if (m.category === 'concern') return `I${also} appreciated ${first}'s question about ${m.text}.`
  if (m.category === 'praise') return `I was glad to talk with ${first} about ${m.text}${alone ? '' : ' as well'}.`
  // Panelists often share one such sentence: the wording differs from letter to letter.
  const told = [
    `I${also} enjoyed hearing ${first}'s perspective on ${m.text}.`,
    `It was great to hear ${first} talk about ${m.text}${alone ? '' : ' as well'}.`,
    `${first}'s thoughts on ${m.text} have${also} stayed with me.`
  ]
  return told[seed % told.length]
}

/** "here is my PALS card" / "here are the dashboard screenshots". */
export function hereIs(thing: string): string {
  return `here ${isPlural(thing) ? 'are' : 'is'} ${thing}`
}

/** Whether a noun phrase takes a plural verb: "my contacts at the council", "the deck and the notes". */
function isPlural(thing: string): boolean {
  if (/^(?:how|why|what|whether|when|where)\b/i.test(thing)) return false
  const head = thing.replace(/\s+(?:I|you)\s+\w+$/, '').split(/\s+(?:of|for|with|from|to|on|in|about|at)\s+/)[0].split(/\s+/).pop() ?? ''
  return /\sand\s/.test(thing.replace(/\s+(?:of|for|with|from|to|on|in|about|at)\s.*$/, '')) || (/[^s]s$/i.test(head) && !/(?:ss|us|is)$/i.test(head))
}

export function pick<T>(list: T[], seed: number): T {
  return list[seed % list.length]
}

export function sentenceFor(kind: Template[], m: string, seed: number): string {
  return upper(pick(kind, seed)(m))
}
