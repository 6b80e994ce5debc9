import { findPlaceholders } from '../../../../shared/compose'

// Small text helpers for the composer: the clipboard forms of a draft, a safe file name, and
// finding a check's match in the editor.

/** The draft as plain text: "Subject: …", a blank line, then the body. */
export function plainDraft(subject: string, body: string): string {
  return subject.trim() ? `Subject: ${subject}\n\n${body}` : body
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/**
 * The body as escaped HTML paragraphs, so pasting into a rich mail editor keeps the paragraphs
 * and line breaks instead of running them together. Only escaped user text goes in.
 */
export function htmlBody(body: string, subject?: string): string {
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
  const head = subject?.trim() ? `<p><strong>Subject:</strong> ${escapeHtml(subject)}</p>` : ''
  return head + paragraphs.join('')
}

/** "Acme - Status check.eml", without characters file systems refuse. */
export function fileNameFor(company: string, label: string, ext: string): string {
  const base = `${company} - ${label}`
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '')
  return `${base || 'Afterview draft'}.${ext}`
}

/** Where a check's match ("the the", "[role]") sits in the text, whitespace-tolerant. */
export function locate(text: string, needle: string): { start: number; end: number } | null {
  const pattern = needle
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  if (!pattern) return null
  const m = new RegExp(pattern, 'iu').exec(text)
  return m ? { start: m.index, end: m.index + m[0].length } : null
}

export interface TextPiece {
  text: string
  placeholder: boolean
}

/** The text cut into plain runs and [placeholders], for a highlighted preview. */
export function splitPlaceholders(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let at = 0
  for (const p of findPlaceholders(text)) {
    const i = text.indexOf(p, at)
    if (i < 0) continue
    if (i > at) pieces.push({ text: text.slice(at, i), placeholder: false })
    pieces.push({ text: p, placeholder: true })
    at = i + p.length
  }
  if (at < text.length) pieces.push({ text: text.slice(at), placeholder: false })
  return pieces
}
