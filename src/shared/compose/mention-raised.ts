import { isName, type NameContext } from './mention-clean'
import { joinTokens, type Token } from './nlp'

// "Bo took us over the depot redesign", "Ana explain they switch to one supplier": a point
// that opens on the person telling it. What they raised is the topic; the telling is not.

// Verbs of telling, asking and dwelling on something (lemmas, as the tagger gives them).
const RAISED = new Set(['ask', 'explain', 'tell', 'open', 'go', 'grill', 'push', 'spend', 'get', 'keep', 'want',
  'reckon', 'talk', 'walk', 'say', 'mention', 'describe', 'cover', 'focus', 'dig', 'press', 'quiz', 'start',
  'raise', 'wonder'])
// What may sit between the verb and what was raised: "quizzed us plenty on", "went deep on".
const BETWEEN = new RegExp(String.raw`^(?:me|us|a|lot|lots|many|some|questions?|deep|hard|while|bit|in|with|on|` +
  String.raw`about|into|through|thru|to|know|by|asking|coming|back|mostly|really|straight|the|real|stuff|that|:)$`)

/** The words after the person and their verb of telling, or null when the point is not told so. */
export function whatTheyRaised(tokens: Token[], names: NameContext): string | null {
  let i = 1
  while (i < tokens.length && isName(tokens[i].text, names)) i++
  // "Bo Lind (head of stores) dug into …", "Ana, the site lead, said …".
  if (tokens[i]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > i && t.text === ')')
    if (close < 0) return null
    i = close + 1
  } else if (tokens[i]?.text === ',') {
    const comma = tokens.findIndex((t, k) => k > i && t.text === ',')
    if (comma < 0 || comma - i > 6) return null
    i = comma + 1
  }
  while (i < tokens.length && /^(?:ADV|AUX)$/.test(tokens[i].pos)) i++
  const verb = tokens[i]
  if (!verb || !RAISED.has(verb.lemma) || !/^(?:VERB|AUX|NOUN)$/.test(verb.pos)) return null
  i++
  while (i < tokens.length && BETWEEN.test(tokens[i].lower)) i++
  const rest = tokens.slice(i)
  // "queried how I plan …", "wondered whether I could …": a question to me is not their topic.
  if (rest.length < 2 || /^(?:how|what|whether|if|why|when)$/.test(rest[0].lower) && rest[1]?.text === 'I') return null
  if (rest[0].text === 'I' || rest[0].lower === 'my') return null
  return joinTokens(rest)
}
