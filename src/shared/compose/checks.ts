import { daysBetween, formatLongDate, isIsoDate } from '../dates'
import { latestRound, type Process, type Settings } from '../model'
import { acceptedPoints, type ComposeContext, type KeyPointInput } from './context'
import { contentWords } from './phrasing'
import { linkedinLimit, situationInfo, type Situation } from './situations'

// Live advice beside the editor. Each check is a pure function that returns a Check or null;
// none of them blocks sending. Grammar and spelling come from the offline checker (grammar.ts).

export type CheckId =
  | 'placeholder'
  | 'generic'
  | 'too-long'
  | 'subject'
  | 'too-soon'
  | 'overdoing'
  | 'competing-offer'
  | 'repeated-word'
  | 'grammar'

export interface Check {
  id: CheckId
  level: 'warn' | 'info'
  message: string
  /** The offending text, for highlighting ("[interviewer's name]", "the the"). */
  matches?: string[]
}

export interface DraftContent {
  subject: string
  body: string
}

export interface CheckContext extends ComposeContext {
  today: string
  /** The plan step this draft fulfils: its due date, when the caller knows it. */
  plan?: { due: string | null } | null
  /** Follow-ups (status check, second, final) already sent after this round's thank-you. */
  sentFollowUps?: number
}

const FOLLOW_UPS = new Set<Situation>(['status-check', 'second-follow-up', 'final-follow-up'])

export function findPlaceholders(text: string): string[] {
  return text.match(/\[[^[\]\n]{1,80}\]/g) ?? []
}

export function checkPlaceholders(draft: DraftContent): Check | null {
  const found = [...new Set([...findPlaceholders(draft.subject), ...findPlaceholders(draft.body)])]
  if (!found.length) return null
  return { id: 'placeholder', level: 'warn', message: `Fill in ${found.join(', ')} before sending.`, matches: found }
}

/** True when enough of a point's distinctive words appear in the text. */
export function pointAppears(point: string, text: string): boolean {
  const words = contentWords(point)
  if (!words.length) return false
  const present = new Set(contentWords(text))
  return words.filter((w) => present.has(w)).length >= Math.min(2, words.length)
}

export function checkGeneric(draft: DraftContent, situation: Situation, points: KeyPointInput[]): Check | null {
  if (!situationInfo(situation).usesKeyPoint) return null
  const usable = points.filter((p) => p.category !== 'next-step')
  if (!usable.length) {
    return { id: 'generic', level: 'info', message: 'No key points from this interview yet: mention one thing only you and they talked about.' }
  }
  if (usable.some((p) => pointAppears(p.text, `${draft.subject} ${draft.body}`))) return null
  return { id: 'generic', level: 'warn', message: 'This reads as generic: it mentions nothing specific from the interview. Add one of your key points.' }
}

export interface DraftLength {
  unit: 'words' | 'characters'
  count: number
  limit: number
  over: boolean
}

/** The live count for the editor: characters for a LinkedIn note, words for the rest. */
export function draftLength(draft: DraftContent, situation: Situation, settings: Pick<Settings, 'linkedinPremium'>): DraftLength {
  if (situation === 'linkedin-note') {
    const count = [...draft.body].length
    const limit = linkedinLimit(settings)
    return { unit: 'characters', count, limit, over: count > limit }
  }
  const count = draft.body.match(/\S+/g)?.length ?? 0
  const limit = situationInfo(situation).maxWords
  return { unit: 'words', count, limit, over: count > limit }
}

export function checkLength(draft: DraftContent, situation: Situation, settings: Pick<Settings, 'linkedinPremium'>): Check | null {
  const { unit, count, limit, over } = draftLength(draft, situation, settings)
  if (!over) return null
  if (unit === 'characters') {
    const plan = settings.linkedinPremium ? 'with Premium' : 'on a free account'
    return { id: 'too-long', level: 'warn', message: `${count}/${limit} characters: LinkedIn cuts connection notes at ${limit} ${plan}.` }
  }
  return { id: 'too-long', level: 'warn', message: `${count} words: aim for under ${limit} for a ${situationInfo(situation).label.toLowerCase()}.` }
}

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const COMPANY_SUFFIX = /\s+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|sa|ag|bv|pty)$/
const SENIORITY = new Set(['senior', 'sr', 'junior', 'jr', 'lead', 'principal', 'staff', 'i', 'ii', 'iii', 'iv', 'the', 'of', 'and'])

function mentions(subject: string, name: string, role: boolean): boolean {
  const s = ` ${normal(subject)} `
  const full = normal(name)
  const n = role ? full : full.replace(COMPANY_SUFFIX, '')
  if (!n) return true
  if (s.includes(` ${n} `)) return true
  if (!role) return false
  const words = n.split(' ').filter((w) => !SENIORITY.has(w))
  return words.length > 0 && words.every((w) => s.includes(` ${w} `))
}

export function checkSubject(draft: DraftContent, situation: Situation, process: Pick<Process, 'role' | 'company'>): Check | null {
  if (!situationInfo(situation).hasSubject) return null
  const missing: string[] = []
  if (!mentions(draft.subject, process.role, true)) missing.push(`the role (${process.role})`)
  if (!mentions(draft.subject, process.company, false)) missing.push(`the company (${process.company})`)
  if (!missing.length) return null
  return {
    id: 'subject',
    level: missing.length === 2 ? 'warn' : 'info',
    message: `The subject doesn't name ${missing.join(' or ')}, which helps them find your message.`
  }
}

export function checkTooSoon(situation: Situation, today: string, due: string | null | undefined, roundDate: string | null): Check | null {
  if (!isIsoDate(today)) return null
  const step = situationInfo(situation).step
  if (step === 'thank-you') {
    if (!roundDate || today >= roundDate) return null
    return { id: 'too-soon', level: 'warn', message: `The interview is on ${formatLongDate(roundDate)}: send the thank-you after it.` }
  }
  if (!step || !due || !isIsoDate(due) || today >= due) return null
  const days = daysBetween(today, due)
  return {
    id: 'too-soon',
    level: 'warn',
    message: `This follow-up is due on ${formatLongDate(due)} (in ${days} day${days === 1 ? '' : 's'}). Writing it now is fine; sending it early can feel pushy.`
  }
}

/** Follow-ups sent since the latest round began (when the caller has no plan to ask). */
export function countFollowUps(process: Pick<Process, 'messages' | 'rounds'>): number {
  const since = latestRound(process)?.date ?? ''
  return process.messages.filter(
    (m) => m.direction === 'sent' && m.step !== null && m.step !== 'thank-you' && m.date >= since
  ).length
}

export function checkOverdoing(situation: Situation, sentFollowUps: number): Check | null {
  if (!FOLLOW_UPS.has(situation) || sentFollowUps < 3) return null
  return {
    id: 'overdoing',
    level: 'warn',
    message: `You've already sent ${sentFollowUps} follow-ups after the thank-you. Another one rarely helps: consider closing this as "no response" and moving on.`
  }
}

const OFFER_MENTION = /\b(?:another|competing|other|a written|an? (?:job )?offer from)\s+(?:job\s+)?offers?\b|\boffer from another\b|\baccepted an offer\b/i

export function checkCompetingOffer(draft: DraftContent, situation: Situation, offerConfirmed: boolean | undefined): Check | null {
  if (offerConfirmed) return null
  if (!situationInfo(situation).needsWrittenOffer && !OFFER_MENTION.test(draft.body)) return null
  return {
    id: 'competing-offer',
    level: 'warn',
    message: 'Mention a competing offer only once you hold it in writing. Confirm the written offer to use this draft.'
  }
}

const REPEAT_OK = new Set(['had', 'that', 'is'])

export function findRepeatedWords(text: string): string[] {
  const found: string[] = []
  const pattern = /(?<![\p{L}\p{N}'’])([\p{L}\p{N}'’]+)(?:[ \t]+|[ \t]*\r?\n[ \t]*)\1(?![\p{L}\p{N}'’])/giu
  for (const m of text.matchAll(pattern)) {
    if (!REPEAT_OK.has(m[1].toLowerCase()) && !/^\d+$/.test(m[1])) found.push(m[0].replace(/\s+/g, ' '))
  }
  return found
}

export function checkRepeatedWords(draft: DraftContent): Check | null {
  const found = [...findRepeatedWords(draft.subject), ...findRepeatedWords(draft.body)]
  if (!found.length) return null
  return { id: 'repeated-word', level: 'warn', message: `Repeated word: ${found.map((f) => `"${f}"`).join(', ')}.`, matches: found }
}

/** Every check for a draft, in the order the editor lists them. */
export function checkDraft(draft: DraftContent, ctx: CheckContext): Check[] {
  const round = (ctx.roundId && ctx.process.rounds.find((r) => r.id === ctx.roundId)) || latestRound(ctx.process)
  const results = [
    checkPlaceholders(draft),
    checkCompetingOffer(draft, ctx.situation, ctx.extra?.offerConfirmed),
    checkTooSoon(ctx.situation, ctx.today, ctx.plan?.due, round?.date ?? null),
    checkOverdoing(ctx.situation, ctx.sentFollowUps ?? countFollowUps(ctx.process)),
    checkGeneric(draft, ctx.situation, acceptedPoints(ctx, round)),
    checkLength(draft, ctx.situation, ctx.settings),
    checkSubject(draft, ctx.situation, ctx.process),
    checkRepeatedWords(draft)
  ]
  return results.filter((c): c is Check => c !== null)
}
