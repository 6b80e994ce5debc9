import { dropAsides, expandNoteShorthand } from './mention-lexicon'

// Note fragment → plain clauses in the message's voice: bullets, labels, asides and brackets gone,
// shorthand spelled out, the speaker's name taken off the front, "they" turned into "you".

export interface NameContext {
  /** Every word of every person's name, lower case ("maya", "chen"). */
  nameWords: Set<string>
  /** First names long enough to be shortened: "inmaculada" is also "Inma". */
  longFirst: string[]
  /** Initials of full names, as notes write them ("MC" for Maya Chen). */
  initials: Set<string>
  company: string
}

const BULLET = /^\s*(?:[-*•·–—>]+|\d{1,2}[.)]|[a-z][.)](?=\s))\s*/
const LABEL =
  /^(?:(?:topic|concern|praise|culture|next steps?|action|action item|todo|to do|to-do|note|gap|flag|follow[- ]?up|reminder)\s*(?:[:\-–—>]+|\s(?=[a-z]))|(?:q|a|re)\s*[:\-–—>]+)\s*/i
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|prof)\.?\s+/i

export function nameContext(people: string[] = [], company = ''): NameContext {
  const nameWords = new Set<string>()
  const initials = new Set<string>()
  for (const name of people) {
    const words = name.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 1 && !/^(?:dr|mr|mrs|ms|mx|prof)$/.test(w))
    for (const w of words) nameWords.add(w)
    if (words.length > 1) initials.add(words.map((w) => w[0].toUpperCase()).join(''))
  }
  const longFirst = people.map((n) => n.toLowerCase().split(/[\s.]+/).find((w) => w.length > 1 && !/^(?:dr|mr|mrs|ms|mx|prof)$/.test(w)) ?? '')
    .filter((w) => w.length >= 7)
  return { nameWords, initials, company, longFirst }
}

const COMMON_SHORT = /^(?:will|mark|rose|bill|hope|dean|frank|grant|chase|rich|wade|page|mason|hunter|june|line)$/

export function isName(word: string, names: NameContext): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '')
  if (names.nameWords.has(w)) return true
  // A short form of a long first name, as people say it: "Inma", "Nella" ("Will" is a word).
  return w.length >= 4 && !COMMON_SHORT.test(w) && names.longFirst.some((f) => f.length >= w.length + 3 && (f.startsWith(w) || f.endsWith(w)))
}

/** "Maya:" / "Dr. Chen -" / "Tom said that" at the front: who said it, not what was said. */
function dropSpeakerLabel(text: string, names: NameContext): string {
  const m = /^((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\s*(?::|\s[-–—]\s|\(\w[^)]*\)\s*:)\s*/u.exec(text)
  if (m && (isName(m[1].replace(HONORIFIC, '').split(/\s+/)[0], names) || /^[A-Z][a-z]+$/.test(m[1]))) return text.slice(m[0].length)
  return text
}

/**
 * They-voice of notes to the you-voice of a message written to the company. `ownTheir`: the
 * clause has another subject, whose "their" is its own ("how porters plan their breaks").
 */
export function toRecipientView(text: string, ownTheir = false): string {
  if (ownTheir) {
    return text.replace(/\bthey(?='re|'ve|'ll|'d)/gi, 'you').replace(/\bthem\b/gi, 'you').replace(/\bthey\b/gi, 'you')
  }
  return text
    .replace(/\bthey're\b/gi, "you're")
    .replace(/\bthey've\b/gi, "you've")
    .replace(/\bthey'll\b/gi, "you'll")
    .replace(/\bthey'd\b/gi, "you'd")
    .replace(/\bthemselves\b/gi, 'yourselves')
    .replace(/\btheirs\b/gi, 'yours')
    .replace(/\btheir\b/gi, 'your')
    .replace(/\bthem\b/gi, 'you')
    .replace(/\bthey\b/gi, 'you')
}

/** A quote's "we/our/us" is the company speaking: in the message it is "you/your". */
function unquote(text: string): string {
  return text.replace(/["“”]([^"“”]+)["“”]/g, (_m, inner: string) =>
    inner
      .replace(/\bwe're\b/gi, "they're")
      .replace(/\bwe've\b/gi, "they've")
      .replace(/\bwe'll\b/gi, "they'll")
      .replace(/\bwe\b/gi, 'they')
      .replace(/\bour\b/gi, 'their')
      .replace(/\bus\b/gi, 'them')
      // Said to me: their "your" is my "my".
      .replace(/\byour\b/gi, 'my')
  ).replace(/["“”‘’](?=\s|$)|(?<=^|\s)["“”‘’]/g, '')
}

/** The fragment as plain sentences, shorthand expanded, asides and brackets gone. */
export function cleanNote(raw: string, names: NameContext): string {
  let t = raw.replace(/\s+/g, ' ').trim()
  t = t.replace(BULLET, '').replace(/\s*(?:->|→|=>|➡️?|⇒)\s*/g, (m) => (/from \S+(?: \S+)?$/i.test(t) ? m : ' -> '))
  // An emoji ends a thought ("did the pitch 📉 next up: …"); a keycap digit is a list marker.
  t = t.replace(/[\d#*]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*/gu, ' — ')
    .replace(/^(?:\s*—\s*)+|(?:\s*—\s*)+$/g, '').replace(/(?:\s*—\s*){2,}/g, ' — ')
  t = expandNoteShorthand(t)
  t = dropAsides(t)
  t = t.replace(/\([^()]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/(?:\*\*|__|\*|`)/g, '')
  for (let i = 0; i < 2; i++) t = t.replace(BULLET, '').replace(LABEL, '')
  t = unquote(t)
  t = dropSpeakerLabel(t, names)
  t = t.replace(/\bon (Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b/g, 'on $1')
  // "critiques Tuesdays and Thursdays" → "critiques on Tuesdays and Thursdays".
  t = t.replace(/\b([a-z]{3,}) (?=(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b)/g, (m, w: string) =>
    /^(?:on|and|or|every|most|some|all|other|through|until|from|to|by|few)$/i.test(w) ? m : `${w} on `)
  return t.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim()
}

/** Clauses of a cleaned fragment, split where notes put a new thought. */
export function clausesOf(text: string): string[] {
  return text
    .split(/\s*(?:[.;!?]+(?:\s+|$)|\s[-–—]+\s|:\s+|\s=\s|,?\s+(?:but|so|though|although|because|which|while|and then)\s+|,?\s+and\s+(?=(?:you|they|we|I|she|he|it|the team|there)\b))/i)
    .map((c) => c.replace(/^[\s,]+|[\s,.]+$/g, '').replace(/^(?:and|but|so|also|then|plus|oh|basically|apparently|anyway|honestly|ok|okay|mostly|mainly|largely)\b[,\s]*/i, ''))
    .filter((c) => /\p{L}/u.test(c))
}
