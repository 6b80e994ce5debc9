import PostalMime, { type Address, type Mailbox } from 'postal-mime'
import {
  cleanBody,
  cleanEmail,
  cleanLine,
  htmlToText,
  invertName,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CHARS,
  outOfRangeMessage,
  tooLargeMessage,
  unknownZoneMessage
} from './text'
import { isKnownZone, wallDate, wallTimeIn } from './time-zones'

// An email (.eml, or a message's source) read into what a received message needs: who sent it,
// when (in the user's zone), and what it newly says, without the history quoted under it.

export interface EmailAddress {
  name: string
  address: string
}

export interface ReadEmail {
  from: EmailAddress
  to: EmailAddress[]
  date: string
  subject: string
  text: string
  /** The text/calendar part, when the email carries an invite. */
  invite?: string
}

export type ReadEmailResult = { ok: true; email: ReadEmail } | { ok: false; error: string }

const MAX_BODY = 100_000

function mailboxes(addresses: Address[] | Address | undefined): Mailbox[] {
  const list = Array.isArray(addresses) ? addresses : addresses ? [addresses] : []
  return list.flatMap((a) => ('group' in a && Array.isArray(a.group) ? a.group : [a as Mailbox]))
}

function toAddress(m: Mailbox): EmailAddress {
  const address = cleanEmail(m.address ?? '')
  const name = invertName(cleanLine(m.name ?? '', 200))
  return { name: name === address ? '' : name, address }
}

// Where the quoted history starts: "On <date>, <someone> wrote:" (possibly wrapped over two or
// three lines), an "Original Message" rule, or an Outlook header block (From: … Sent:/Date: …).
const ON_START = /^(?:On|Le|Am|El|Il|Op|Em)\b/i
const WROTE = 'wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu'
const ON_WROTE = new RegExp(String.raw`^(?:On|Le|Am|El|Il|Op|Em)\b.{0,300}?(?:${WROTE})\s?:\s*$`, 'i')
const ORIGINAL =
  /^[\s_-]*-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}/i
const HEADER_FROM = /^\*?(?:From|De|Von|Da|Van)\s?:\*?\s/i
const HEADER_NEXT = /^\*?(?:Sent|Date|Envoyé|Gesendet|Inviato|Verzonden|To|Subject)\s?:\*?\s/i

export function stripQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let end = lines.length
  for (let i = 0; i < lines.length && end === lines.length; i++) {
    const line = lines[i].trim()
    const two = `${line} ${lines[i + 1]?.trim() ?? ''}`
    const three = `${two} ${lines[i + 2]?.trim() ?? ''}`
    if (ORIGINAL.test(line)) end = i
    else if (ON_START.test(line) && [line, two, three].some((l) => l.length < 400 && ON_WROTE.test(l))) {
      end = i
    } else if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_NEXT.test(l.trim()))) {
      end = i
      // A rule drawn just above the header block (Outlook's underscores, an <hr>) goes with it.
      while (end > 0 && /^[\s_\-=]*$/.test(lines[end - 1])) end--
    }
  }
  return lines
    .slice(0, end)
    .filter((l) => !/^\s*>/.test(l))
    .join('\n')
}

function sizeOf(source: string | Uint8Array): number {
  return typeof source === 'string' ? source.length : source.byteLength
}

export async function readEmail(source: string | Uint8Array, options: { timeZone: string }): Promise<ReadEmailResult> {
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) return { ok: false, error: 'Nothing to read.' }
  if (sizeOf(source) === 0) return { ok: false, error: 'The email is empty.' }
  if (sizeOf(source) > (typeof source === 'string' ? MAX_IMPORT_CHARS : MAX_IMPORT_BYTES)) {
    return { ok: false, error: tooLargeMessage('email') }
  }
  if (!isKnownZone(options.timeZone)) return { ok: false, error: unknownZoneMessage(options.timeZone) }
  let parsed: Awaited<ReturnType<typeof PostalMime.parse>>
  try {
    parsed = await PostalMime.parse(source, { attachmentEncoding: 'utf8', maxNestingDepth: 50 })
  } catch {
    return { ok: false, error: 'The email could not be read: it is damaged or not an email message.' }
  }
  const from = mailboxes(parsed.from).map(toAddress).find((a) => a.address)
  if (!from) return { ok: false, error: 'This does not look like an email message: it has no sender address.' }
  const sent = parsed.date ? Date.parse(parsed.date) : NaN
  if (Number.isNaN(sent)) return { ok: false, error: 'The email has no date that can be read.' }
  const date = wallDate(wallTimeIn(sent, options.timeZone))
  const year = Number(date.slice(0, 4))
  if (year < 2000 || year > 2100) return { ok: false, error: outOfRangeMessage('email', date) }
  const calendar = parsed.attachments.find(
    (a) => a.mimeType === 'text/calendar' || a.mimeType === 'application/ics' || /\.ics$/i.test(a.filename ?? '')
  )
  const email: ReadEmail = {
    from,
    to: [...mailboxes(parsed.to), ...mailboxes(parsed.cc)].map(toAddress).filter((a) => a.address),
    date,
    subject: cleanLine(parsed.subject ?? '', 1000),
    text: cleanBody(stripQuotedHistory(parsed.text ?? htmlToText(parsed.html ?? '')), MAX_BODY)
  }
  if (calendar && typeof calendar.content === 'string') email.invite = calendar.content
  return { ok: true, email }
}
