import { parseAddress } from './address'

// mailto: URLs per RFC 6068. Every user-supplied value is percent-encoded as UTF-8, so nothing a
// user types (a "&bcc=" in a subject, a line break followed by "Bcc:") can add a header field.

export interface MailtoInput {
  to: string | string[]
  cc?: string[]
  bcc?: string[]
  subject?: string
  body?: string
}

/** Mail clients silently truncate or drop longer URLs; past this, offer clipboard or .eml. */
export const MAILTO_SAFE_LENGTH = 1800

export function mailtoTooLong(url: string): boolean {
  return url.length > MAILTO_SAFE_LENGTH
}

/** Replace unpaired surrogates, which encodeURIComponent refuses, with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** encodeURIComponent leaves !'()* alone; RFC 6068 allows them, but encoding them costs nothing. */
function encode(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function encodeAddresses(list: string[], field: string): string {
  return list
    .filter((entry) => entry.trim() !== '')
    .map((entry) => encode(parseAddress(entry, `${field} address`).address).replace(/%40/g, '@'))
    .join(',')
}

export function buildMailto(input: MailtoInput): string {
  const toList = Array.isArray(input.to) ? input.to : [input.to ?? '']
  const to = encodeAddresses(toList, 'To')
  const fields: string[] = []
  const cc = encodeAddresses(input.cc ?? [], 'Cc')
  if (cc) fields.push(`cc=${cc}`)
  const bcc = encodeAddresses(input.bcc ?? [], 'Bcc')
  if (bcc) fields.push(`bcc=${bcc}`)
  // A subject is one line: a line break in it is what header injection is made of.
  const subject = (input.subject ?? '').replace(/\s*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' ')
  if (subject !== '') fields.push(`subject=${encode(subject)}`)
  const body = (input.body ?? '').replace(/\r\n|[\r\n\u2028\u2029]/g, '\r\n')
  if (body !== '') fields.push(`body=${encode(body)}`)
  return `mailto:${to}${fields.length ? `?${fields.join('&')}` : ''}`
}
