// Text from files the user did not write: bounded, single-line where a field is one line, and
// without the control and direction-override characters that could disguise what it says.

/** Files over 5 MB are refused (docs/design.md, "Bringing things in"). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
/** A string of this many UTF-16 units holds at least this many bytes. */
export const MAX_IMPORT_CHARS = MAX_IMPORT_BYTES

export const unknownZoneMessage = (zone: unknown) => `Unknown time zone: ${cleanLine(String(zone), 60)}`
export const outOfRangeMessage = (what: string, date: string) =>
  `The ${what} is dated ${date}: only dates in 2000–2100 are kept.`

export function tooLargeMessage(what: string): string {
  return `This ${what} is over 5 MB, larger than any invite or email Afterview reads. Nothing was changed.`
}

// C0/C1 controls (tab and newline handled by the callers), bidi embeddings, overrides and
// isolates, zero-width and BOM characters.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g

export function cleanLine(value: string, max: number): string {
  const line = value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
  return line.length > max ? line.slice(0, max - 1).trimEnd() + '…' : line
}

export function cleanBody(value: string, max: number): string {
  const body = value
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return body.length > max ? body.slice(0, max) : body
}

const EMAIL = /^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+\.[^\s@<>(),;:"\\]+$/

/** The address when it is one (same rule as the model's), else ''. */
export function cleanEmail(value: string): string {
  const v = value.replace(INVISIBLE, '').trim()
  return v.length <= 254 && EMAIL.test(v) ? v : ''
}

const capitalise = (w: string) => (w ? w[0].toUpperCase() + w.slice(1) : w)

/**
 * A display name as people write it: "Beaumont, Margaux" → "Margaux Beaumont"; a name that is
 * only the address becomes the address's words ("radek.w@…" → "Radek W").
 */
export function personName(raw: string, email: string): string {
  let name = cleanLine(raw.replace(/^["']+|["']+$/g, ''), 200)
  if (!name || name.toLowerCase() === email.toLowerCase() || name.includes('@')) {
    const local = email.split('@')[0] ?? ''
    name = cleanLine(local.split(/[._+-]+/).filter(Boolean).map(capitalise).join(' '), 200)
  }
  return invertName(name) || email
}

/** "Last, First" (as Outlook and directories write names) → "First Last". */
export function invertName(name: string): string {
  const inverted = name.match(/^([^,\d@]+),\s*([^,\d@]+)$/)
  if (!inverted || /^(jr|sr|ii|iii|iv|phd|md|inc|llc|ltd)\.?$/i.test(inverted[2].trim())) return name
  return `${inverted[2].trim()} ${inverted[1].trim()}`
}

// Where mail apps start the quoted history in HTML: everything from there on goes.
const QUOTE_MARKERS = 'divRplyFwdMsg|gmail_quote|yahoo_quoted|OutlookMessageHeader'
const QUOTE_BLOCK = new RegExp(
  String.raw`<(?:div|span)\b[^>]*\b(?:id|class)\s*=\s*["']?(?:${QUOTE_MARKERS})[\s\S]*$`,
  'i'
)
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * The words of an HTML-only email, without what mail apps mark as quoted history (blockquotes,
 * Gmail's quote block, Outlook's reply header and what follows it). Never rendered as HTML.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(QUOTE_BLOCK, ' ')
    .replace(/<blockquote\b[\s\S]*?<\/blockquote\s*>/gi, ' ')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/?(?:p|div|tr|table|h[1-6]|li|ul|ol)\b[^>]*>/gi, '\n')
    .replace(/<hr\b[^>]*>/gi, '\n-----\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ''
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
}
