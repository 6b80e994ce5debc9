import { daysBetween, formatLongDate, isIsoDate } from '../dates'
import { givenName } from '../names'
import { latestRound, type KeyPointCategory, type Person, type Process, type Round, type Settings } from '../model'
import type { Clause } from './phrasing'
import { draftMentions, isSpeaker, nameHash, pointsFor, type DraftMention, type RecipientPoints } from './recipient-points'
import { situationInfo, type Situation, type SituationInfo } from './situations'

// Everything a draft needs, resolved once from the process: who it goes to, how to name the
// day, and the accepted key points already turned into clauses. Missing data becomes a visible
// [placeholder] that the checks flag.

export interface KeyPointInput {
  category: KeyPointCategory
  text: string
  /** Review point id: lets the composer say which points a draft left out. */
  id?: string
  /** The employer-side person the point came from. */
  speaker?: string | null
  /** The user's own wording for messages; wins over the generated mention. */
  mention?: string
}

export interface ComposeExtra {
  /** Free detail the situation needs: what to add, a reason, why you are writing. */
  detail?: string
  /** Correction: what was wrong in the earlier message, and what is right. */
  mistake?: string
  correction?: string
  /** The user confirms they hold a written offer (competing-offer drafts need it). */
  offerConfirmed?: boolean
  offerCompany?: string
  /** The competing offer's deadline: 'YYYY-MM-DD' or words ("close of business Friday"). */
  deadline?: string
}

export interface ComposeContext {
  process: Process
  settings: Settings
  situation: Situation
  personId?: string | null
  roundId?: string | null
  /** Accepted points to use; by default the accepted points of the round. */
  keyPoints?: KeyPointInput[]
  extra?: ComposeExtra
  /** Lets dates read "on Tuesday" when the interview was this week; without it, "on Tuesday, March 3". */
  today?: string
}

export const PLACEHOLDERS = {
  interviewer: "[interviewer's name]",
  contact: "[contact's name]",
  other: "[their name]",
  role: '[role]',
  company: '[company]',
  date: '[interview date]',
  yourName: '[your name]',
  detail: '[what you want to add]',
  specific: '[something specific you discussed]',
  reason: '[why you are writing to them]',
  mistake: '[what was wrong]',
  correction: '[the correct detail]',
  deadline: '[offer deadline]'
} as const

export interface ResolvedPoints {
  topics: Clause[]
  culture: Clause[]
  praise: string[]
  concerns: string[]
  actions: string[]
}

export interface ResolvedMentions {
  /** Every usable mention of the accepted points. */
  all: DraftMention[]
  /** Split by voice for this recipient. */
  recipient: RecipientPoints
  /** Picks wording variants: stable per recipient, different across a panel. */
  seed: number
  /** Who gave the decision date, when a next-step point says so. */
  decisionSpeaker: string | null
}

export interface Resolved {
  info: SituationInfo
  role: string
  company: string
  round: Round | null
  person: Person | null
  interviewers: Person[]
  firstName: string
  /** "on Tuesday", "on March 3", "today", or the placeholder. */
  dateOn: string
  decisionBy: string | null
  points: ResolvedPoints
  mentions: ResolvedMentions
  userName: string
  userFirstName: string
  signature: string
  extra: ComposeExtra
}

export function firstName(fullName: string): string {
  return givenName(fullName)
}

/** How a message names the interview day, given today when known. */
export function interviewDatePhrase(date: string, today?: string): string {
  const long = formatLongDate(date) // "Tuesday, March 3"
  const [weekdayName, monthDay] = long.split(', ')
  if (!today || !isIsoDate(today)) return `on ${long}`
  const ago = daysBetween(date, today)
  if (ago === 0) return 'today'
  if (ago > 0 && ago <= 6) return `on ${weekdayName}`
  return date.slice(0, 4) === today.slice(0, 4) ? `on ${monthDay}` : `on ${monthDay}, ${date.slice(0, 4)}`
}

export function roundInterviewers(process: Process, roundId: string | undefined): Person[] {
  return roundId ? process.people.filter((p) => p.roundIds.includes(roundId)) : []
}

function pickRound(process: Process, roundId?: string | null): Round | null {
  return (roundId && process.rounds.find((r) => r.id === roundId)) || latestRound(process)
}

function pickPerson(ctx: ComposeContext, info: SituationInfo, interviewers: Person[]): Person | null {
  const { process } = ctx
  if (ctx.personId) return process.people.find((p) => p.id === ctx.personId) ?? null
  const main = process.people.find((p) => p.id === process.mainContactId) ?? null
  if (info.recipient === 'interviewer') return interviewers[0] ?? main
  if (info.recipient === 'main-contact') return main ?? interviewers[0] ?? null
  return process.people.find((p) => p !== main && !interviewers.includes(p)) ?? null
}

/** The points a draft may use: the caller's, or the round's accepted ones. */
export function acceptedPoints(ctx: Pick<ComposeContext, 'keyPoints'>, round: Round | null): KeyPointInput[] {
  return ctx.keyPoints ?? (round?.points ?? []).filter((p) => p.status === 'accepted')
}

function resolveMentions(ctx: ComposeContext, round: Round | null, person: Person | null, interviewers: Person[], info: SituationInfo): ResolvedMentions {
  const points = acceptedPoints(ctx, round)
  const all = draftMentions(points, { company: ctx.process.company, people: ctx.process.people.map((p) => p.name) })
  // A doubt or a promise nobody is named for goes to the main contact, not to every panelist.
  const first = pickPerson({ ...ctx, personId: null }, info, interviewers)
  const catchAll = interviewers.length <= 1 || person?.id === ctx.process.mainContactId || person?.id === first?.id ||
    !interviewers.some((p) => p.id === person?.id)
  const recipient = pointsFor(all, person, interviewers, { unnamed: info.id === 'additional-info' && catchAll })
  const panel = interviewers.some((p) => p.id === person?.id) ? interviewers : []
  return { all, recipient, seed: panelSeed(person, panel), decisionSpeaker: decisionSpeaker(ctx.process, points, info) }
}

/**
 * A variant seed from the recipient's name, moved on while it would pick the same wording as an
 * earlier panelist (templates come in twos, threes and fours).
 */
function panelSeed(person: Person | null, panel: Person[]): number {
  if (!person) return 0
  const taken: number[] = []
  for (const p of panel) {
    const start = nameHash(p.name) % 12
    const free = [...Array(12).keys()].map((k) => (start + k) % 12).filter((s) => !taken.includes(s))
    // Distinct seeds always; when there is room, distinct wording in the three-variant lists too.
    const seed = free.find((s) => !taken.some((t) => t % 3 === s % 3 || (taken.length < 2 && t % 2 === s % 2))) ?? free[0] ?? start
    if (p.id === person.id) return seed
    taken.push(seed)
  }
  return nameHash(person.name) % 12
}

function decisionSpeaker(process: Process, points: KeyPointInput[], info: SituationInfo): string | null {
  if (info.recipient === 'other-contact') return null
  const phrase = process.decisionPhrase.trim().toLowerCase()
  const steps = points.filter((p) => p.category === 'next-step' && p.speaker)
  const said = steps.find((p) => phrase && p.text.toLowerCase().includes(phrase)) ?? steps.find((p) => /\b(?:decid|decision|hear|back to|let .* know|by )/i.test(p.text))
  // Only someone on the process may be named as having said it: not a place the notes mention.
  const who = said?.speaker ?? null
  return who && process.people.some((p) => isSpeaker(who, p)) ? who : null
}

/** The old clause lists, now filled from this recipient's mentions: theirs first, then their share. */
function resolvePoints(m: ResolvedMentions): ResolvedPoints {
  const { own, shared } = m.recipient
  // Another person's point goes in only in the third person, which these lists cannot say.
  const mine = [...own, ...shared]
  // These lists feed sentences of their own; a reaction that names nothing has only its fixed phrase.
  const named = mine.filter((x) => !x.generic)
  const of = (list: DraftMention[], category: DraftMention['category']) => list.filter((x) => x.category === category).map((x) => x.text)
  const noun = (text: string): Clause => ({ kind: 'noun', text })
  return {
    topics: of(mine, 'topic').map(noun),
    culture: of(mine, 'culture').map(noun),
    praise: of(named, 'praise'),
    concerns: of(named, 'concern'),
    actions: of(mine, 'action')
  }
}

export function resolveContext(ctx: ComposeContext): Resolved {
  const info = situationInfo(ctx.situation)
  const round = pickRound(ctx.process, ctx.roundId)
  const interviewers = roundInterviewers(ctx.process, round?.id)
  const person = pickPerson(ctx, info, interviewers)
  const namePlaceholder =
    info.recipient === 'interviewer' ? PLACEHOLDERS.interviewer : info.recipient === 'main-contact' ? PLACEHOLDERS.contact : PLACEHOLDERS.other
  const userName = ctx.settings.name.trim()
  const decision = ctx.process.decisionBy
  const mentions = resolveMentions(ctx, round, person, interviewers, info)
  return {
    info,
    role: ctx.process.role.trim() || PLACEHOLDERS.role,
    company: ctx.process.company.trim() || PLACEHOLDERS.company,
    round,
    person,
    interviewers,
    firstName: (person && firstName(person.name)) || namePlaceholder,
    dateOn: round ? interviewDatePhrase(round.date, ctx.today) : PLACEHOLDERS.date,
    decisionBy: decision && (!round || decision >= round.date) ? formatLongDate(decision) : null,
    points: resolvePoints(mentions),
    mentions,
    userName: userName || PLACEHOLDERS.yourName,
    userFirstName: firstName(userName) || PLACEHOLDERS.yourName,
    signature: ctx.settings.signature.trim(),
    extra: ctx.extra ?? {}
  }
}

/** "Best regards,\nName\nSignature" without repeating a name the signature already holds. */
export function signOff(r: Resolved, closing = 'Best regards,'): string {
  const lines = [closing]
  const sig = r.signature
  if (!sig || !sig.toLowerCase().includes(r.userName.toLowerCase())) lines.push(r.userName)
  if (sig) lines.push(sig)
  return lines.join('\n')
}
