import { cleanNote, isName, nameContext, type NameContext } from './mention-clean'
import { finish, no, type Mention } from './mention-finish'
import { nounPhraseAt } from './mention-phrase'
import { tokenize, type Token } from './nlp'
import type { MentionPoint } from './mention'

/** What an action point asks of the candidate: send something, ask, clarify, or a private to-do. */
export type ActionKind = 'send' | 'ask' | 'clarify' | 'private'

const SEND = /\b(?:send|email|e-mail|share|forward|attach|provide|get|give|bring|pass along|drop)\b/i
const ASK = /\b(?:ask|find out|check with (?:them|her|him)|(?:e-?mail|call|message)\s+(?:\S+\s+)?about)\b/i
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

/** "Tidy up the flow diagram and get it to Ana", "Ana wants the deck I mentioned": the thing, named before the send. */
function thingBefore(text: string): Token[] | null {
  const wanted = /\b(?:wants|asked for|needs|would like|requested|asked to see)\s+(.+)$/i.exec(text)
  const tokens = tokenize(wanted ? wanted[1] : text)
  const verb = wanted ? -1 : tokens.findIndex((t) => t.pos === 'VERB')
  let at = verb + 1
  while (at < tokens.length && /^(?:up|out|together|over|down)$/.test(tokens[at].lower)) at++
  const np = nounPhraseAt(tokens, at)
  if (!np || np.length < 2) return null
  const rest = tokens.slice(at + np.length, at + np.length + 2)
  return rest[0]?.text === 'I' && rest[1]?.pos === 'VERB' ? [...np, ...rest] : np
}

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
  const np = nounPhraseAt(tokens, at) ?? (kind === 'send' && m ? thingBefore(clean.slice(0, m.index)) : null)
  if (!np) return no('nothing named to send')
  // Keep "… I mentioned" / "… I promised": it reads well and says why it is coming.
  const next = tokens.slice(at + np.length, at + np.length + 2)
  const tail = next[0]?.text === 'I' && next[1]?.pos === 'VERB' ? next : []
  if (kind === 'send') {
    // Theirs is not mine to send ("a copy of your protocol"); "to the trial day" is where, not what.
    if (np.some((t) => t.lower === 'your')) return no('something of theirs, not mine to send')
    const to = np.findIndex((t, i) => i > 1 && t.lower === 'to' && !/^(?:link|links|access|guide|intro|introduction|answer|response|key|approach)$/.test(np[i - 1].lower))
    return finish([...(to > 0 ? np.slice(0, to) : np), ...(to > 0 ? [] : tail)], 'action', names, true)
  }
  return finish([...np, ...tail], 'topic', names, true)
}

// A process recomposes every draft on each edit; the same point always gives the same mention.
