import { wellFormed } from './mailto'

// Small MIME encoders for the .eml exporter. Written out by hand because src/shared may not use
// Node's Buffer or the DOM's TextEncoder/btoa.

export const CRLF = '\r\n'

export function utf8Bytes(text: string): number[] {
  const bytes: number[] = []
  for (const ch of wellFormed(text)) {
    const cp = ch.codePointAt(0) as number
    if (cp < 0x80) bytes.push(cp)
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f))
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f))
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f))
  }
  return bytes
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function base64(bytes: number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
    out += b === undefined ? '=' : B64[(n >> 6) & 63]
    out += c === undefined ? '=' : B64[n & 63]
  }
  return out
}

const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`

/**
 * Quoted-printable (RFC 2045) of text whose line breaks become CRLF. Lines stay within 76
 * characters using soft breaks; '=', control characters, non-ASCII bytes and whitespace at a
 * line end are escaped, and so are a leading '.' and "From " (which some relays mangle).
 */
export function quotedPrintable(text: string): string {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/)
  const out: string[] = []
  for (const line of lines) {
    const bytes = utf8Bytes(line)
    const tokens = bytes.map((byte, i) => {
      const atEnd = i === bytes.length - 1
      if ((byte === 0x20 || byte === 0x09) && atEnd) return hex(byte)
      if (byte === 0x2e && i === 0) return hex(byte)
      if (byte === 0x46 && i === 0 && line.startsWith('From ')) return hex(byte)
      if (byte === 0x20 || byte === 0x09) return String.fromCharCode(byte)
      if (byte < 0x21 || byte > 0x7e || byte === 0x3d) return hex(byte)
      return String.fromCharCode(byte)
    })
    let current = ''
    for (const token of tokens) {
      if (current.length + token.length > 75) {
        out.push(`${current}=`)
        current = ''
      }
      current += token
    }
    out.push(current)
  }
  return out.join(CRLF)
}

/** True when text can go into a header as-is: printable ASCII and nothing that looks encoded. */
export function isPlainHeaderText(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes('=?')
}

/**
 * RFC 2047 B-encoded words, each at most 75 characters, never splitting a character's bytes.
 * Joined by folding whitespace, which decoders drop between adjacent encoded words.
 */
export function encodedWords(text: string): string[] {
  const prefix = '=?UTF-8?B?'
  const suffix = '?='
  // 42 bytes make 56 base64 characters, a 68-character word: "Subject: " plus one fits in 78.
  const maxBytes = 42
  const words: string[] = []
  let chunk: number[] = []
  for (const ch of wellFormed(text)) {
    const bytes = utf8Bytes(ch)
    if (chunk.length + bytes.length > maxBytes) {
      words.push(prefix + base64(chunk) + suffix)
      chunk = []
    }
    chunk.push(...bytes)
  }
  if (chunk.length || !words.length) words.push(prefix + base64(chunk) + suffix)
  return words
}

/**
 * Join a header from pieces that may be separated by folding whitespace, starting a new line
 * (CRLF + space) before a piece that would carry the line past 78 characters.
 */
export function foldHeader(name: string, pieces: string[], separator = ' '): string {
  let line = `${name}:`
  const lines: string[] = []
  pieces.forEach((piece, i) => {
    const glue = i === 0 ? ' ' : separator
    if (line.length + glue.length + piece.length > 78 && line.trim() !== '') {
      lines.push(line + glue.trimEnd())
      line = ` ${piece}`
    } else {
      line += glue + piece
    }
  })
  lines.push(line)
  return lines.join(CRLF)
}
