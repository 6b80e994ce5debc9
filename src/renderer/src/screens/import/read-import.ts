import { parseInvite, type Invite } from '../../../../shared/import/invite'
import { readEmail, stripQuotedHistory } from '../../../../shared/import/email'
import { readReply, type ReplyReading } from '../../../../shared/import/reply'
import { MAX_IMPORT_BYTES, cleanBody, cleanEmail, cleanLine, invertName } from '../../../../shared/import/text'
import { isSupportedDate } from '../../../../shared/dates'

// What was dropped, pasted or picked, read into an invite or a reply for the preview. Nothing is
// saved here: the preview dialog applies it once the user agrees.

export type ImportSource = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'text'; text: string }

export interface ReplyDraft {
  fromName: string
  fromAddress: string
  date: string
  subject: string
  text: string
  reading: ReplyReading
}

export type ReadImport =
  | { kind: 'invite'; invite: Invite }
  | { kind: 'reply'; reply: ReplyDraft }
  | { kind: 'error'; message: string }

export interface ReadOptions {
  timeZone: string
  selfEmail: string
  today: string
}

const NOT_READABLE = 'Afterview reads calendar invites (.ics) and emails (.eml, or text copied from a mail app).'
const HEADER_START = /^(?:From|Date|Subject|To|Received|Return-Path|MIME-Version|Delivered-To|Message-ID|Reply-To)\s*:/i

export const tooLargeText = (what: string) =>
  `${cleanLine(what, 90)} is over 5 MB, larger than any invite or email Afterview reads. Nothing was changed.`

export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192)
  return head.includes(0)
}

function inviteFrom(ics: string, opts: ReadOptions): ReadImport {
  const r = parseInvite(ics, { timeZone: opts.timeZone, selfEmail: opts.selfEmail || undefined })
  return r.ok ? { kind: 'invite', invite: r.invite } : { kind: 'error', message: `${r.error} Nothing was changed.` }
}

function reply(fields: Omit<ReplyDraft, 'reading'>): ReadImport {
  return { kind: 'reply', reply: { ...fields, reading: readReply(fields.text, { receivedOn: fields.date }) } }
}

/**
 * Text copied from a mail app: it may open with the headers the app shows ("From: Name <a@b>",
 * "Sent: …" or "Date: …", "Subject: …"), then the message, then the quoted history.
 */
export function readPastedReply(pasted: string, today: string): ReadImport {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n')
  let fromName = ''
  let fromAddress = ''
  let subject = ''
  let date = today
  let i = 0
  while (i < lines.length && i < 12 && /^\s*[A-Za-z-]+\s*:/.test(lines[i])) {
    const [, key, value] = lines[i].match(/^\s*([A-Za-z-]+)\s*:\s*(.*)$/) ?? []
    const k = (key ?? '').toLowerCase()
    if (k === 'from') {
      const m = value.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>/)
      fromAddress = cleanEmail(m ? m[2] : value)
      fromName = invertName(cleanLine(m ? m[1] : '', 200))
    } else if (k === 'subject') subject = cleanLine(value, 1000)
    else if (k === 'sent' || k === 'date') {
      const t = Date.parse(value.replace(/\bat\b/, ''))
      if (!Number.isNaN(t)) {
        const d = new Date(t)
        const pad = (n: number) => String(n).padStart(2, '0')
        const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
        if (isSupportedDate(iso)) date = iso
      }
    }
    i++
  }
  const text = cleanBody(stripQuotedHistory(lines.slice(i).join('\n')), 100_000)
  if (!text) return { kind: 'error', message: 'There is no message text to log. Nothing was changed.' }
  return reply({ fromName, fromAddress, date, subject, text })
}

export async function readImport(source: ImportSource, opts: ReadOptions): Promise<ReadImport> {
  const size = source.kind === 'file' ? source.bytes.byteLength : source.text.length
  const name = source.kind === 'file' ? `“${cleanLine(source.name, 80)}”` : 'The pasted text'
  if (size > MAX_IMPORT_BYTES) {
    return { kind: 'error', message: tooLargeText(name) }
  }
  if (size === 0) return { kind: 'error', message: `${name} is empty. Nothing was changed.` }
  if (source.kind === 'file' && looksBinary(source.bytes)) {
    return { kind: 'error', message: `${name} is not an invite or an email. ${NOT_READABLE} Nothing was changed.` }
  }
  const text = source.kind === 'file' ? decodeText(source.bytes) : source.text
  const isIcs = source.kind === 'file' && /\.ics$/i.test(source.name)
  if (isIcs || /^\s*BEGIN:VCALENDAR/i.test(text)) return inviteFrom(text, opts)
  const isEml = source.kind === 'file' && /\.eml$/i.test(source.name)
  if (isEml || HEADER_START.test(text.trimStart())) {
    const r = await readEmail(source.kind === 'file' ? source.bytes : text, { timeZone: opts.timeZone })
    if (r.ok) {
      if (r.email.invite) return inviteFrom(r.email.invite, opts)
      const { from, date, subject } = r.email
      if (!r.email.text) return { kind: 'error', message: 'The email has no message text to log. Nothing was changed.' }
      return reply({ fromName: from.name, fromAddress: from.address, date, subject, text: r.email.text })
    }
    if (isEml) return { kind: 'error', message: `${r.error} Nothing was changed.` }
  }
  if (/BEGIN:VCALENDAR/i.test(text)) return inviteFrom(text.slice(text.search(/BEGIN:VCALENDAR/i)), opts)
  return readPastedReply(text, opts.today)
}
