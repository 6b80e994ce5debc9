import { isIsoDate } from '../dates'
import { findDecisionDate } from '../extract/decision-date'

// What an employer's reply says for the process: an offer, a rejection, a scheduling message or
// something else, and a decision date read by the same rules as the notes (docs/design.md,
// "Decision dates"), against the day the reply was received.

export type ReplyKind = 'offer' | 'rejection' | 'scheduling' | 'other'

export interface ReplyReading {
  kind: ReplyKind
  decisionBy: string | null
}

// Long enough for any reply; the rest of a pasted thread says nothing new.
const MAX_READ = 20_000

const r = (source: string, flags = '') => new RegExp(source, flags)
const NEGATION = String.raw`(?:not|won't|will not|unable to|cannot|can't)(?: be)?(?: able to)?(?: to)?`
const GOING_ON = String.raw`(?:moving|move|proceeding|proceed|progressing|progress|going|taking|advance|advancing)`
const GIVING = String.raw`(?:offering|extending|make|making)`
const ONWARD = String.raw`(?:forward|further|ahead|application|candidacy|next (?:stage|round|step)|offer|you)`
const CHOSE = String.raw`(?:decided|chosen|choose|going|opted|elected|decision)`
const OTHERS = String.raw`(?:other|another|a different|candidates|someone)`
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec'

// A rejection often mentions an offer ("we will not be extending an offer"): it is read first.
const REJECTION = [
  r(String.raw`\b${CHOSE} (?:to )?(?:move|moving|go|proceed|proceeding|continue) (?:forward |ahead )?with ${OTHERS}\b`),
  /\b(?:gone|go|went|going) with (?:another|a different|other|a stronger|an internal) (?:candidate|applicant)s?\b/,
  r(String.raw`\b${NEGATION} (?:${GOING_ON}|${GIVING})\b[^.!?\n]{0,40}\b${ONWARD}\b`),
  /\b(?:pursue|pursuing) other (?:candidates|applicants)\b/,
  /\b(?:position|role|vacancy|job) (?:has|have) (?:been|now been) (?:filled|closed)\b/,
  /\b(?:have|'ve) (?:now )?filled the (?:role|position|vacancy)\b/,
  /\b(?:were not|was not|weren't|wasn't|have not been|haven't been|not been) (?:selected|successful)\b/,
  /\bregret to (?:inform|let you know|tell you)\b/,
  /\bunfortunately\b[^.!?\n]{0,120}\b(?:not|no longer|unable|other candidates?)\b/
]
const OFFER = [
  /\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:offer|extend)\b/,
  /\b(?:like|love|want|wish) to (?:offer you|extend (?:you )?(?:an? |the |our )?offer)\b/,
  r(
    String.raw`\b(?:extend|extending|make|making|send|sending|attach(?:ed|ing)?) (?:you )?` +
      String.raw`(?:an?|the|our|a formal|a written|your) (?:formal |written |verbal |official )?offer\b`
  ),
  /\boffer (?:letter|of employment|package|details)\b/,
  /\b(?:your|an|the|our) (?:formal |written |official )?offer is attached\b/,
  /\b(?:like|love|want) (?:you to join|to have you join|to welcome you to) (?:us|the team|our team)\b/
]
const SCHEDULING = [
  /\b(?:schedule|scheduling|reschedul\w*|availability|available times|time slots?|calendar invite|calendly)\b/,
  /\b(?:book|find|pick|set up|arrange|set) (?:a |some |up a )?(?:time|call|chat|interview|meeting|slot)\b/,
  /\b(?:what|which) (?:times?|days?|slots?) (?:work|suit|are good)\b/,
  /\b(?:does|would|will) [^.?!\n]{1,40} work for you\b/,
  /\b(?:are you|would you be|will you be) (?:free|available)\b/,
  /\b(?:next|final|second|third|onsite|on-site) (?:round|interview|stage)\b/
]

// "Friday, December 11", "Fri 11 Dec", "Friday 12/11": a weekday right before a calendar date.
const WEEKDAY_BEFORE_DATE = r(
  String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?=` +
    String.raw`(?:${MONTH})[a-z]*\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})|\d{1,2}\/\d{1,2}\b)`,
  'gi'
)

const matchesAny = (text: string, patterns: RegExp[]) => patterns.some((p) => p.test(text))

function kindOf(lower: string): ReplyKind {
  if (matchesAny(lower, REJECTION)) return 'rejection'
  if (matchesAny(lower, OFFER)) return 'offer'
  if (matchesAny(lower, SCHEDULING)) return 'scheduling'
  return 'other'
}

export function readReply(text: string, options: { receivedOn: string }): ReplyReading {
  if (!isIsoDate(options.receivedOn)) {
    throw new RangeError(`receivedOn must be YYYY-MM-DD: ${String(options.receivedOn)}`)
  }
  if (typeof text !== 'string' || text.trim() === '') return { kind: 'other', decisionBy: null }
  const body = text.slice(0, MAX_READ)
  const lower = body.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ')
  // "by Friday, December 11": the calendar date names the day; the weekday only repeats it.
  const dated = body.replace(WEEKDAY_BEFORE_DATE, '')
  const decision = findDecisionDate(dated, [{ start: 0, end: dated.length }], options.receivedOn)
  const kind = kindOf(lower)
  // A rejection is the decision: any date in it is not one still to come.
  return { kind, decisionBy: decision && kind !== 'rejection' ? decision.date : null }
}
