import type { KeyPointCategory } from '../model'
import { action } from './mention-action'
import { clausesOf, cleanNote, nameContext } from './mention-clean'
import { no, yes, type Mention } from './mention-finish'
import { concern, praise } from './mention-people'
import { topicOrCulture } from './mention-topic'

// A mention is the short phrase a message uses for an accepted key point, in the message's
// voice: "your plan to consolidate three scheduling apps into one", "my experience with B2B
// healthcare workflows". It always fits after "about" ("our conversation about …"). When a point
// cannot be said well it is not used at all: a missing detail is better than a broken sentence.

export type { Mention } from './mention-finish'
export { actionKind, type ActionKind } from './mention-action'

export interface MentionPoint {
  category: KeyPointCategory
  text: string
  speaker?: string | null
}

export interface MentionContext {
  company?: string
  /** Names of the people met: they are never spliced into a phrase. */
  people?: string[]
}

const made = new Map<string, Mention>()

/** The mention drafts use for a point, made from its text. */
export function mentionFor(point: MentionPoint, ctx: MentionContext = {}): Mention {
  const key = `${point.category}\u0000${point.text}\u0000${ctx.company ?? ''}\u0000${(ctx.people ?? []).join('\u0001')}`
  const hit = made.get(key)
  if (hit) return hit
  if (made.size > 5000) made.clear()
  const mention = makeMention(point, ctx)
  made.set(key, mention)
  return mention
}

function makeMention(point: MentionPoint, ctx: MentionContext): Mention {
  const names = nameContext(ctx.people, ctx.company)
  if (point.category === 'next-step') return no('next steps are not mentioned in messages')
  const clean = cleanNote(point.text, names)
  if (!clean) return no('nothing to say')
  if (point.category === 'action') return action(point, clean, names)
  const clauses = clausesOf(clean)
  if (point.category === 'praise') return praise(clauses, names)
  if (point.category === 'concern') return concern(clauses, names)
  return topicOrCulture(clauses.slice(0, 3), point.category, names)
}

/** The user's own wording when they gave one, otherwise the generated mention. */
export function pointMention(point: MentionPoint & { mention?: string }, ctx: MentionContext = {}): Mention {
  const own = point.mention?.replace(/\s+/g, ' ').trim()
  if (own) return yes(own.replace(/[.!]+$/, ''))
  return mentionFor(point, ctx)
}

