import type { KeyPointCategory, Person } from '../model'
import { givenName } from '../names'
import { actionKind, pointMention, type ActionKind } from './mention'

// Which accepted points a draft to one person may use, and in which voice: what that person said
// or asked is "yours"; a point nobody is named for is shared out among the panel so each person
// gets their own; another person's point may only appear in the third person.

export interface DraftMention {
  id: string
  category: KeyPointCategory
  text: string
  speaker: string | null
  /** For actions: what the candidate does with it. */
  kind: ActionKind | null
  /** A reaction that names nothing: only its fixed phrase, to the one it came from (mention-generic.ts). */
  generic?: boolean
  /** Nobody named for it: the speaker of the nearest point before it, who most likely went on. */
  near?: string
}

export interface PointSource {
  id?: string
  category: KeyPointCategory
  text: string
  speaker?: string | null
  mention?: string
}

export interface RecipientPoints {
  /** Said, asked or promised by the recipient. */
  own: DraftMention[]
  /** Nobody named for it: this recipient's share. */
  shared: DraftMention[]
  /** Another person's: third person only. */
  others: DraftMention[]
  /** Nobody named for it, but shared to another panelist: a fallback topic when this one has none. */
  spare: DraftMention[]
}

export type PointVoice = 'direct' | 'third-person'
export interface PointUse {
  id: string
  voice: PointVoice
}

// Titles and forms of address around a name, in the Englishes notes are written in.
const ADDRESS = /^(?:dr|mr|mrs|ms|mx|prof|pn|puan|encik|en|tuan|sir|madam|sahab|sahib|ji|san|sensei)\.?$/
const words = (s: string) => s.toLowerCase().split(/\s+/).filter((w) => w && !ADDRESS.test(w))

/**
 * Whether a point's speaker (as the notes or the user named them) is this person: the same name,
 * the first name alone, or the first name with a form of address ("Zubair Sahab", "Pn Rosnah");
 * a nickname that ends or starts a long first name ("Nella" for Petronella) counts too.
 */
export function isSpeaker(speaker: string | null | undefined, person: Pick<Person, 'name'> | null): boolean {
  if (!speaker || !person) return false
  const a = words(speaker)
  const b = words(person.name)
  if (!a.length || !b.length) return false
  if (a.join(' ') === b.join(' ')) return true
  if (a.length > 1 && b.length > 1) return false
  const [one, full] = a.length === 1 ? [a[0], b] : [b[0], a]
  if (one === full[0] || one === givenName(full.join(' '))) return true
  return one.length >= 4 && full[0].length > one.length + 1 && (full[0].endsWith(one) || full[0].startsWith(one))
}

/** Every accepted point turned into its mention; unusable ones are left out. */
export function draftMentions(points: PointSource[], ctx: { company: string; people: string[] }): DraftMention[] {
  const out: DraftMention[] = []
  let last: string | null = null
  points.forEach((p, i) => {
    const speaker = namedSpeaker(p, ctx.people)
    const near = last
    // Actions name whom they go to, not who was speaking.
    if (speaker && p.category !== 'action') last = speaker
    if (p.category === 'next-step') return
    const m = pointMention(p, ctx)
    if (!m.usable) return
    // Said to nobody in particular, "the concern you raised" would pick someone at random.
    if (m.generic && !speaker && ctx.people.length > 1) return
    // One thanks for kind words per person: a second would be the same sentence again.
    if (m.generic && out.some((o) => o.generic && o.category === p.category && o.speaker === speaker)) return
    out.push({
      id: p.id ?? `kp${i}`, category: p.category, text: m.text, speaker, kind: p.category === 'action' ? actionKind(p.text) : null,
      ...(m.generic ? { generic: true } : {}),
      ...(!speaker && near ? { near } : {})
    })
  })
  return out
}

const SEND_TO = /\b(?:send|email|e-mail|forward|share with|promised|give|call|text|ping)(?:\s+to)?\s+$|\bto\s+$/i

/**
 * The one person the point's opening words name ("Tom worried…", "Tom: …") or the person a send
 * goes to ("email Tom the deck"): the notes' own words beat a guess.
 */
const speakerCache = new Map<string, string | null>()

function namedSpeaker(p: PointSource, people: string[]): string | null {
  const key = `${p.category}\u0000${p.text}\u0000${p.speaker ?? ''}\u0000${people.join('\u0001')}`
  const hit = speakerCache.get(key)
  if (hit !== undefined) return hit
  if (speakerCache.size > 5000) speakerCache.clear()
  const found = findNamedSpeaker(p, people)
  speakerCache.set(key, found)
  return found
}

function findNamedSpeaker(p: PointSource, people: string[]): string | null {
  const given = p.speaker ?? null
  const text = p.text.replace(/^[^\p{L}]+/u, '')
  const named = people.filter((name) =>
    name.split(/\s+/).some((part) => {
      const bare = part.replace(/\.$/, '')
      if (bare.length < 3) return false
      const at = new RegExp(`(?:^|[^\\p{L}])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').exec(text)
      if (!at) return false
      const before = text.slice(0, at.index + 1)
      return before.split(/\s+/).filter(Boolean).length <= 2 || (p.category === 'action' && SEND_TO.test(before))
    })
  )
  if (named.length !== 1) return given
  return named[0]
}

/** FNV-1a: a stable number from a name, so each person gets the same wording every time. */
export function nameHash(name: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/**
 * The points a draft to `person` may use, given the round's interviewers. `unnamed`: the user is
 * writing to this person to follow up (additional information), so a promise or a doubt with
 * nobody named is theirs to answer.
 */
export function pointsFor(all: DraftMention[], person: Person | null, interviewers: Person[], options: { unnamed?: boolean } = {}): RecipientPoints {
  const own: DraftMention[] = []
  const shared: DraftMention[] = []
  const others: DraftMention[] = []
  const spare: DraftMention[] = []
  const panel = person && interviewers.some((p) => p.id === person.id) ? interviewers : person ? [person] : interviewers
  const seat = person ? Math.max(0, panel.findIndex((p) => p.id === person.id)) : 0
  let unclaimed = 0
  for (const m of all) {
    if (isSpeaker(m.speaker, person)) own.push(m)
    else if (m.speaker && panel.some((p) => isSpeaker(m.speaker, p))) others.push(m)
    else if (m.speaker && m.category === 'action') others.push(m)
    else if ((m.category === 'action' || m.category === 'concern') && options.unnamed) shared.push(m)
    else if (panel.length > 1 && m.category !== 'topic' && m.category !== 'culture') {
      // Praise, a doubt or a promise with nobody named: guessing whose it was would put it to the wrong person.
      continue
    } else if (panel.length > 1 && m.near && panel.some((p) => isSpeaker(m.near, p))) {
      // Most likely whoever spoke just before it went on: it is theirs, and a spare for the rest.
      if (isSpeaker(m.near, person)) shared.push(m)
      else spare.push(m)
    } else {
      // Shared out in turn, so two panelists hear about different things.
      if (panel.length <= 1 || unclaimed % panel.length === seat) shared.push(m)
      else if (m.category === 'topic' || m.category === 'culture') spare.push(m)
      unclaimed++
    }
  }
  return { own, shared, others, spare }
}
