// Sentence and clause boundaries for hurried prose. Works on offsets into the notes so that every
// piece maps back onto the user's own words.

const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'vs', 'etc', 'eg', 'ie', 'approx', 'incl', 'dept', 'sr', 'jr', 'prof',
  'inc', 'ltd', 'co', 'corp', 'am', 'pm', 'min', 'mins', 'hr', 'hrs', 'yr', 'yrs', 'wk', 'wks', 'avg', 'est',
  'ft', 'sq', 'no', 'dir', 'mgr', 'eng', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'vp', 'ph', 'dpt', 'rn', 'md', 'msc', 'bsc', 'ba', 'ma', 'cf', 'fig', 'ca', 'al', 'op', 'ext'
])

/** Splits [start, end) of `text` into sentences; returns [start, end) pairs (untrimmed). */
export function splitSentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let from = start
  for (let i = start; i < end; i++) {
    const ch = text[i]
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…' && ch !== '。') continue
    let k = i + 1
    while (k < end && /[.!?…"'”’)\]]/.test(text[k])) k++
    if (k < end && !/\s/.test(text[k])) continue
    if (ch === '.' && k === i + 1 && isAbbreviation(text, i, from) && !endsSentence(text, i, k, end)) continue
    let next = k
    while (next < end && /\s/.test(text[next])) next++
    if (next < end && ch === '.' && /[a-z]/.test(text[next]) && /\d/.test(text[i - 1] ?? '')) continue
    out.push([from, k])
    from = k
    i = k - 1
  }
  if (from < end) out.push([from, end])
  return out.filter(([s, e]) => text.slice(s, e).trim() !== '')
}

// An abbreviation ends its sentence when a capital follows ("met the VP. Parking was"),
// except titles written before a name ("Dr. Okafor") and initials.
const NAME_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'rev', 'sr', 'jr', 'fig', 'no', 'vs', 'cf',
  'eg', 'ie'])

function endsSentence(text: string, dot: number, after: number, end: number): boolean {
  let s = dot
  while (s > 0 && /[A-Za-z]/.test(text[s - 1])) s--
  if (NAME_TITLES.has(text.slice(s, dot).toLowerCase())) return false
  if (s === dot - 1 && /[A-Z]/.test(text[s])) return false
  let next = after
  while (next < end && /\s/.test(text[next])) next++
  return next < end && /\p{Lu}/u.test(text[next]) && next > after
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let s = dot
  while (s > floor && /[A-Za-z.]/.test(text[s - 1])) s--
  const word = text.slice(s, dot).replace(/\./g, '').toLowerCase()
  if (word.length === 1 && /[A-Z]/.test(text[dot - 1])) return true // an initial: "J. Smith"
  return ABBREVIATIONS.has(word) || /\.[a-z]$/i.test(text.slice(s, dot)) // "e.g", "a.m"
}

const CLAUSE_BREAK =
  new RegExp(
    String.raw`;\s+|\s+[—–]\s+|\s+-\s+(?=\S)|,\s+(?=(?:and|but|so|then|plus|also|which|while|[Hh]e|[Ss]he|` +
    String.raw`[Tt]hey|I|[Ww]e)\b)|\s+(?=(?:but|then|also|plus)\s)|\s+(?=so (?:I|we|he|she|they)\b)|` +
    String.raw`,\s+(?=\p{Lu}\p{Ll}+ (?:said|says|asked|told|mentioned|thinks|thought|wants|liked|loved|pushed|` +
    String.raw`explained)\b)|\s+(?=and (?:he|she|they|I|we|\p{Lu}\p{Ll}+ (?:said|says|asked|told|mentioned|` +
    String.raw`thinks|thought|wants|liked|loved|was|is))\b)`,
    'gu'
  )
const LONG_UNIT = 240
const MIN_CLAUSE = 40

/**
 * A run-on sentence (no full stops, several thoughts) is cut at clause breaks outside brackets
 * and quotes, keeping pieces long enough to stand alone.
 */
export function splitLongUnit(text: string, start: number, end: number): [number, number][] {
  if (end - start <= LONG_UNIT) return [[start, end]]
  const slice = text.slice(start, end)
  const cuts: number[] = []
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    if (!insideBrackets(slice, m.index)) cuts.push(m.index + (m[0].startsWith(';') || m[0].startsWith(',') ? 1 : 0))
  }
  const pieces: [number, number][] = []
  let from = 0
  for (const cut of cuts) {
    if (cut - from < MIN_CLAUSE || slice.length - cut < MIN_CLAUSE) continue
    pieces.push([start + from, start + cut])
    from = cut
  }
  pieces.push([start + from, end])
  return pieces
}

function insideBrackets(s: string, at: number): boolean {
  let depth = 0
  let quotes = 0
  for (let i = 0; i < at; i++) {
    const c = s[i]
    if (c === '(' || c === '[') depth++
    else if ((c === ')' || c === ']') && depth > 0) depth--
    else if (c === '"' || c === '“' || c === '”') quotes++
  }
  return depth > 0 || quotes % 2 === 1
}

/** A semicolon joins two thoughts ("decision in three weeks; cohort begins in May"): split there. */
export function splitSemicolons(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let from = start
  for (let i = text.indexOf(';', start); i >= 0 && i < end; i = text.indexOf(';', i + 1)) {
    if (!/\s/.test(text[i + 1] ?? '') || insideBrackets(text.slice(from, end), i - from)) continue
    if (text.slice(from, i).trim().length >= MIN_PIECE && text.slice(i + 1, end).trim().length >= MIN_PIECE) {
      out.push([from, i + 1])
      from = i + 1
    }
  }
  out.push([from, end])
  return out
}

const MIN_PIECE = 12
