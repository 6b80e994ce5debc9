// Where one version of the notes differs from the next, as a single changed region (typing,
// pasting or deleting changes one place at a time), and how a span of the old text maps onto
// the new one. Lets the review screen keep points attached to their words while the user types.

export interface NotesChange {
  /** The region [start, oldEnd) of the old text became [start, newEnd) of the new text. */
  start: number
  oldEnd: number
  newEnd: number
}

export interface Span {
  start: number
  end: number
}

/** The changed region between two texts, or null when they are the same. */
export function diffNotes(before: string, after: string): NotesChange | null {
  if (before === after) return null
  const shortest = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  const maxSuffix = shortest - prefix
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  return { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix }
}

/**
 * A span of the old text in the new text. A span that touches the changed region takes in the
 * new words there (an edit inside a sentence keeps the sentence); a span that lay entirely
 * inside the replaced region is gone (null).
 */
export function mapSpan(span: Span, change: NotesChange | null): Span | null {
  if (!change) return span
  const delta = change.newEnd - change.oldEnd
  if (span.end <= change.start) return span
  if (span.start >= change.oldEnd) return { start: span.start + delta, end: span.end + delta }
  if (span.start >= change.start && span.end <= change.oldEnd) return null
  const start = span.start < change.start ? span.start : change.start
  const end = span.end > change.oldEnd ? span.end + delta : change.newEnd
  return end > start ? { start, end } : null
}
