import { cleanNote, isName, nameContext, type NameContext } from './mention-clean'
import { finish, no, type Mention } from './mention-finish'
import { nounPhraseAt } from './mention-phrase'
import { tokenize } from './nlp'
import type { MentionPoint } from './mention'

/** What an action point asks of the candidate: send something, ask, clarify, or a private to-do. */
export type ActionKind = 'send' | 'ask' | 'clarify' | 'private'

const SEND = /\b(?:send|email|e-mail|share|forward|attach|provide|get|give|bring|pass along|drop)\b/i
const ASK = /\b(?:ask|find out|check with (?:them|her|him))\b/i
const CLARIFY = /\b(?:clarify|confirm|correct|answer|explain|follow up on)\b/i
const PRIVATE = /\b(?:look up|look into|research|revise|review|read|practi[cs]e|prep|prepare|sign up|find|study|brush up|learn|update|think about|figure out|remember|don't forget|do not forget|renew|buy|book|memori[sz]e|apply|register|call my|tighten)\b/i

const kinds = new Map<string, ActionKind>()

export function actionKind(text: string): ActionKind {
  const hit = kinds.get(text)
  if (hit) return hit
  if (kinds.size > 5000) kinds.clear()
  const kind = findActionKind(text)
  kinds.set(text, kind)
  return kind
}

function findActionKind(text: string): ActionKind {
  const t = expandAction(text)
  const first = [PRIVATE, SEND, ASK, CLARIFY].map((re) => re.exec(t)?.index ?? Infinity)
  const best = Math.min(...first)
  if (best === Infinity) return /\basked for\b/i.test(t) ? 'send' : 'private'
  return (['private', 'send', 'ask', 'clarify'] as const)[first.indexOf(best)]
}

const expandAction = (text: string) => cleanNote(text, nameContext())

export function action(point: MentionPoint, clean: string, names: NameContext): Mention {
  const kind = actionKind(point.text)
  if (kind === 'private') return no('a to-do for me, not something to tell them')
  const verb = kind === 'send' ? SEND : kind === 'ask' ? ASK : CLARIFY
  const m = verb.exec(clean)
  const tokens = tokenize(m ? clean.slice(m.index + m[0].length) : clean.replace(/\b(?:[A-Z][\p{L}'’-]+\s+)?asked for\b.*$/u, ''))
  let at = 0
  while (at < tokens.length && /^(?:ADV|CCONJ|INTJ)$/.test(tokens[at].pos)) at++
  while (at < tokens.length && (isName(tokens[at].text, names) || /^(?:her|him|them|me|you|over|along|back|about|on|up|to|the team|a|an)$/i.test(tokens[at].lower) && !nounPhraseAt(tokens, at))) at++
  while (at < tokens.length && isName(tokens[at].text, names)) at++
  const np = nounPhraseAt(tokens, at)
  if (!np) return no('nothing named to send')
  // Keep "… I mentioned" / "… I promised": it reads well and says why it is coming.
  const next = tokens.slice(at + np.length, at + np.length + 2)
  const tail = next[0]?.text === 'I' && next[1] && /^(?:mention|promise|talk|describe|offer)$/.test(next[1].lemma) ? next : []
  return finish([...np, ...tail], kind === 'send' ? 'action' : 'topic', names, true)
}

// A process recomposes every draft on each edit; the same point always gives the same mention.
