import { isIsoDate, weekday } from '../dates'
import { parseAddress, type ParsedAddress } from './address'
import { CRLF, encodedWords, foldHeader, isPlainHeaderText, quotedPrintable } from './mime'

// An unsent RFC 5322 message: Outlook opens it as a draft ready to send (X-Unsent: 1),
// Thunderbird and Apple Mail as a message to resend. Headers are built only from validated
// addresses and encoded text, so no field can start a header line of its own.

export interface EmlInput {
  from?: string
  to: string[]
  cc?: string[]
  subject: string
  body: string
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM[:SS]' optionally ending in 'Z' or '+HH:MM' / '-HH:MM'. */
  date?: string
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DATE_INPUT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * RFC 5322 date-time from a local date (and time). Without a zone the result says "-0000",
 * which RFC 5322 defines as "local time, zone unknown": exactly what a calendar date is.
 */
export function formatEmlDate(input: string): string {
  const m = DATE_INPUT.exec(input.trim())
  if (!m || !isIsoDate(m[1])) throw new Error(`Invalid date ${JSON.stringify(input)}: use YYYY-MM-DD or YYYY-MM-DDTHH:MM`)
  const [year, month, day] = m[1].split('-').map(Number)
  const [hh, mm, ss] = [m[2] ?? '00', m[3] ?? '00', m[4] ?? '00']
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) throw new Error(`Invalid time in date ${JSON.stringify(input)}`)
  let zone = '-0000'
  if (m[5] === 'Z') zone = '+0000'
  else if (m[5]) {
    zone = m[5].replace(':', '')
    if (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(3)) > 59) throw new Error(`Invalid time zone in date ${JSON.stringify(input)}`)
  }
  const dd = String(day).padStart(2, '0')
  return `${DAYS[weekday(m[1])]}, ${dd} ${MONTHS[month - 1]} ${year} ${hh}:${mm}:${ss} ${zone}`
}

/** Header text is one line: line breaks and other control characters become single spaces. */
function flatten(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim()
}

/** A display name as atoms, a quoted string, or encoded words; each entry may be folded apart. */
function phrase(name: string): string[] {
  if (!isPlainHeaderText(name)) return encodedWords(name)
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(name)) return name.split(' ')
  return [`"${name.replace(/(["\\])/g, '\\$1')}"`]
}

function mailbox({ name, address }: ParsedAddress): string {
  return name ? `${phrase(name).join(' ')} <${address}>` : address
}

function addressHeader(field: string, list: string[]): string | null {
  const boxes = list.filter((entry) => entry.trim() !== '').map((entry) => mailbox(parseAddress(entry, `${field} address`)))
  if (!boxes.length) return null
  // Fold between mailboxes; a long encoded name may also fold between its own words.
  const pieces = boxes.flatMap((box, i) => {
    const parts = box.split(' ')
    return parts.map((part, j) => (j === parts.length - 1 && i < boxes.length - 1 ? `${part},` : part))
  })
  return foldHeader(field, pieces)
}

function subjectHeader(subject: string): string {
  const flat = flatten(subject)
  // Plain ASCII folds at spaces; anything else (or a word too long to fold) is encoded whole.
  const words = flat.split(' ')
  if (isPlainHeaderText(flat) && words.every((word) => word.length <= 900)) return foldHeader('Subject', words)
  return foldHeader('Subject', encodedWords(flat))
}

export function buildEml(input: EmlInput): string {
  const headers: string[] = []
  if (input.from !== undefined && input.from.trim() !== '') {
    headers.push(foldHeader('From', [mailbox(parseAddress(input.from, 'From address'))]))
  }
  const to = addressHeader('To', input.to ?? [])
  if (to) headers.push(to)
  const cc = addressHeader('Cc', input.cc ?? [])
  if (cc) headers.push(cc)
  headers.push(subjectHeader(input.subject ?? ''))
  if (input.date !== undefined && input.date.trim() !== '') headers.push(`Date: ${formatEmlDate(input.date)}`)
  headers.push('X-Unsent: 1', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8')
  // Quoted-printable round-trips any text, keeps mostly-English mail readable in the file, and
  // keeps every line short whatever the body holds.
  headers.push('Content-Transfer-Encoding: quoted-printable')
  return headers.join(CRLF) + CRLF + CRLF + quotedPrintable(input.body ?? '') + CRLF
}
