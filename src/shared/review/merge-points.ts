import type { KeyPointCategory, ReviewPoint } from '../model'
import { diffNotes, mapSpan, type Span } from './notes-change'

// Re-extraction runs on every pause in typing; the user's choices must survive it. Points the
// user accepted, dropped, edited or added are matched to the fresh extraction by their words
// (normalised) and by where they sat; pending extracted points are simply refreshed. A point's
// speaker follows the extractor until the user picks one; the user's own mention always stays.

/** A point found by the extractor: `text === notes.slice(start, end)`. */
export interface ExtractedPoint {
  category: KeyPointCategory
  text: string
  start: number
  end: number
  /** The employer-side person the point came from, when the extractor tells. */
  speaker?: string | null
}

export interface MergeInput {
  /** The points shown or stored so far. */
  previous: readonly ReviewPoint[]
  /**
   * The notes the previous offsets refer to. Null right after loading: the stored offsets were
   * saved against the stored notes, which may since have been edited elsewhere.
   */
  previousNotes: string | null
  notes: string
  extracted: readonly ExtractedPoint[]
  newId(): string
}

/** Lower-case words only, so "Talked w/ Dana," and "talked w/ dana" match. */
export function normalizePointText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}'/&+#%$]+/gu, ' ')
    .trim()
}

/** An extracted point whose words are no longer in the notes: kept, and shown as such. */
export const isDetached = (p: ReviewPoint): boolean => p.source === 'extracted' && (p.start === null || p.end === null)

/** What is worth storing: the user's decisions and their own points, not what is only suggested. */
export const pointsToSave = (points: readonly ReviewPoint[]): ReviewPoint[] =>
  points.filter((p) => p.status !== 'pending' || p.source === 'user')

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** Decisions are matched first so a pending point can never take a decided point's words. */
const priority = (p: ReviewPoint) => (p.status !== 'pending' ? 0 : p.source === 'user' ? 1 : 2)

export function mergePoints({ previous, previousNotes, notes, extracted, newId }: MergeInput): ReviewPoint[] {
  const change = previousNotes === null ? null : diffNotes(previousNotes, notes)
  const claimed = new Set<number>()
  const byKey = new Map<string, number[]>()
  extracted.forEach((e, i) => {
    const key = normalizePointText(e.text)
    byKey.set(key, [...(byKey.get(key) ?? []), i])
  })
  const ordered = [...previous].map((p, index) => ({ p, index })).sort((a, b) => priority(a.p) - priority(b.p) || a.index - b.index)
  // After loading, offsets may be stale; points found again by their exact words tell how far
  // the text around them moved, which places the edited ones that cannot be found by words.
  const shifts = previousNotes === null ? shiftsAfterLoad(previous, notes) : []
  const results: { point: ReviewPoint; index: number }[] = []

  const stored = (p: ReviewPoint): Span | null =>
    p.start !== null && p.end !== null && p.end > p.start ? { start: p.start, end: p.end } : null

  const placed = (p: ReviewPoint): Span | null => {
    const span = stored(p)
    if (!span) return null
    if (previousNotes !== null) return mapSpan(span, change)
    const before = shifts.filter((s) => s.at <= span.start).pop()
    const delta = before?.delta ?? 0
    const moved = { start: span.start + delta, end: span.end + delta }
    return moved.start >= 0 && moved.end <= notes.length ? moved : null
  }

  for (const { p, index } of ordered) {
    const span = placed(p)
    const oldSpan = stored(p)
    const textKey = normalizePointText(p.text)
    // Right after loading the old source is unknown: only the words at the point's place count,
    // and only when they are the point's own words (otherwise it was edited, or it moved).
    const sourceText =
      previousNotes !== null
        ? oldSpan && previousNotes.slice(oldSpan.start, oldSpan.end)
        : span && normalizePointText(notes.slice(span.start, span.end)) === textKey
          ? notes.slice(span.start, span.end)
          : null
    const sourceKey = sourceText ? normalizePointText(sourceText) : null
    const edited = sourceKey === null || textKey !== sourceKey
    const keys = new Set([textKey, ...(sourceKey ? [sourceKey] : [])].filter(Boolean))
    const near = span?.start ?? p.start ?? 0

    const match = findExtracted(p, keys, span, near)
    let found: Span | null = match >= 0 ? extracted[match] : null
    if (match >= 0) claimed.add(match)
    if (!found) found = findWords(notes, [sourceText, p.text], near)
    if (!found && span && p.status !== 'pending') found = span

    const speaker = match >= 0 ? speakerFrom(p, extracted[match]) : {}
    if (p.source === 'extracted' && p.status === 'pending') {
      if (match >= 0) {
        const { category, text } = extracted[match]
        results.push({ point: { ...p, category, text, start: found!.start, end: found!.end, ...speaker }, index })
      }
      continue
    }
    if (!found) {
      // Gone from the notes: dropped points go with their words, the rest stay, detached.
      if (p.status === 'dropped' && p.source === 'extracted') continue
      results.push({ point: { ...p, start: null, end: null }, index })
      continue
    }
    const text = edited ? p.text : notes.slice(found.start, found.end)
    results.push({ point: { ...p, text, start: found.start, end: found.end, ...speaker }, index })
  }

  extracted.forEach((e, i) => {
    if (claimed.has(i)) return
    const { category, text, start, end } = e
    results.push({
      point: { id: newId(), category, text, start, end, status: 'pending', source: 'extracted', ...speakerOf(e) },
      index: previous.length + i
    })
  })

  return results
    .sort((a, b) => (a.point.start ?? Infinity) - (b.point.start ?? Infinity) || (a.point.end ?? 0) - (b.point.end ?? 0) || a.index - b.index)
    .map((r) => r.point)

  function findExtracted(p: ReviewPoint, keys: Set<string>, span: Span | null, near: number): number {
    let best = -1
    let bestDistance = Infinity
    for (const key of keys) {
      for (const i of byKey.get(key) ?? []) {
        const distance = Math.abs(extracted[i].start - near)
        if (!claimed.has(i) && distance < bestDistance) {
          best = i
          bestDistance = distance
        }
      }
    }
    // The user's own points only take an extracted point with the very same words: the rest of
    // what the extractor finds stays a suggestion of its own.
    if (best >= 0 || !span || p.source === 'user') return best
    let bestShare = 0
    extracted.forEach((e, i) => {
      if (claimed.has(i)) return
      const share = overlap(e, span) / Math.min(e.end - e.start, span.end - span.start)
      if (share >= 0.5 && share > bestShare) {
        best = i
        bestShare = share
      }
    })
    return best
  }
}

const speakerOf = (e: ExtractedPoint): Pick<ReviewPoint, 'speaker'> => (e.speaker === undefined ? {} : { speaker: e.speaker })

/** The extractor's speaker for a point found again, unless the user chose one. */
const speakerFrom = (p: ReviewPoint, e: ExtractedPoint): Pick<ReviewPoint, 'speaker'> => (p.speakerEdited ? {} : speakerOf(e))

/** For each stored point whose exact words are still in the notes: how far they moved. */
function shiftsAfterLoad(points: readonly ReviewPoint[], notes: string): { at: number; delta: number }[] {
  const shifts: { at: number; delta: number }[] = []
  for (const p of points) {
    if (p.start === null || p.end === null) continue
    const found = findWords(notes, [p.text], p.start)
    if (found) shifts.push({ at: p.start, delta: found.start - p.start })
  }
  return shifts.sort((a, b) => a.at - b.at)
}

/** The occurrence of any of these exact words nearest to `near`. */
function findWords(notes: string, candidates: (string | null)[], near: number): Span | null {
  let best: Span | null = null
  for (const raw of candidates) {
    const words = raw?.trim()
    if (!words) continue
    for (let at = notes.indexOf(words); at >= 0; at = notes.indexOf(words, at + 1)) {
      if (!best || Math.abs(at - near) < Math.abs(best.start - near)) best = { start: at, end: at + words.length }
    }
    if (best) return best
  }
  return best
}
