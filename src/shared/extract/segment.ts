import { labelKind, type SectionKind } from './sections'
import { splitSemicolons, splitSentences, splitLongUnit } from './sentences'

// Turns raw notes into candidate units (a bullet, or a sentence of prose) with exact offsets,
// each tagged with the section heading above it and any inline label ("Culture: ...").

export interface Unit {
  start: number
  end: number
  kind: 'bullet' | 'sentence'
  /** Kind of the heading this unit sits under. */
  section: SectionKind | null
  /** Kind of an inline label on its own line or paragraph ("Next steps: ..."). */
  label: SectionKind | null
  /** True for the first unit after an inline label (the label speaks for it most clearly). */
  labelFirst: boolean
  /** Title lines of the note (company, role, date): never points. */
  isTitle: boolean
  /** The text of the heading this unit sits under, if any. */
  heading: string | null
}

interface Line {
  start: number
  end: number
  text: string
  indent: number
  bullet: boolean
  /** Offset where the content starts (after any bullet marker). */
  contentStart: number
}

const BULLET = new RegExp(
  String.raw`^(\s*)([-*•·‣◦▪–—>+→]|\d{1,2}[.)]|\d\u{FE0F}?\u{20E3}|[a-z][)]|\[[ xX]?\]|` +
  String.raw`\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*)\s+`,
  'u'
)
const INLINE_LABEL = /^([A-Za-z][A-Za-z /&'’-]{0,30}?)\s*[:=]\s+(?=\S)/
const MAX_BULLET = 320
// Editors and mail clients wrap at 72 columns or more; shorter lines were broken on purpose.
const WRAP_MIN_WIDTH = 72

function splitLines(notes: string): Line[] {
  const lines: Line[] = []
  let pos = 0
  while (pos <= notes.length) {
    let nl = notes.indexOf('\n', pos)
    if (nl < 0) nl = notes.length
    let end = nl
    if (end > pos && notes[end - 1] === '\r') end--
    const text = notes.slice(pos, end)
    const m = BULLET.exec(text)
    const indent = (/^\s*/.exec(text) ?? [''])[0].length
    lines.push({ start: pos, end, text, indent, bullet: m !== null, contentStart: pos + (m ? m[0].length : indent) })
    pos = nl + 1
  }
  return lines
}

const isBlank = (l: Line | undefined) => !l || l.text.trim() === ''

function headingText(line: Line, prev: Line | undefined, next: Line | undefined): string | null {
  if (line.bullet) return null
  const t = line.text.trim()
  if (t.startsWith('#')) return t.replace(/^#+\s*/, '')
  if (t.length <= 60) {
    const letters = t.replace(/[^\p{L}]/gu, '')
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return t
  }
  if (t.endsWith(':') && t.length <= 50) return t.slice(0, -1)
  const words = t.split(/\s+/).length
  const standalone = isBlank(prev) && (isBlank(next) || next!.bullet)
  if (standalone && t.length <= 40 && words <= 6 && !/[.!?,;:)]$/.test(t)) return t
  return null
}

/** The first line reads as a title ("Acme - backend eng onsite, 2/10"), not as a sentence. */
function isTitleLine(t: string): boolean {
  if (t.length > 160) return false
  return !/[.!?]$/.test(t) || / - |–|—|\binterview|\bscreen|\bround\b|\bonsite\b|\bon-site\b/i.test(t)
}

function trimSpan(notes: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(notes[start])) start++
  while (end > start && /\s/.test(notes[end - 1])) end--
  return [start, end]
}

function startsWithLabel(line: Line): boolean {
  const m = INLINE_LABEL.exec(line.text.trimStart())
  return m !== null && !/\bre$/i.test(m[1]) && labelKind(m[1]) !== null
}

/**
 * Which lines of a paragraph run on into the next one. A paragraph typed with hard line breaks
 * reads across its lines; otherwise each line is its own thought, even without a full stop:
 * people jot (and dictate) one thing per line. A line ending on a word that cannot end a
 * thought ("the", "and") was wrapped; so were lines that all fill the width of the note's
 * wrapped paragraphs (a paragraph of three or more long, even lines sets that width).
 */
function runsOn(lines: Line[], noteWidth: number | null): boolean[] {
  const texts = lines.map((l) => l.text.trim())
  const width = lines.length >= 3 ? evenWidth(texts) : noteWidth
  const wrapped = width !== null && texts.slice(0, -1).every((t) => t.length >= width * 0.8)
  return texts.map((t, k) => k < texts.length - 1 && (wrapped || DANGLING.test(t)))
}

const DANGLING = /\b(?:the|a|an|and|or|but|to|of|with|my|their|his|our|your|from|into|than|because|whose)$/i

/** The width of a paragraph whose lines (but the last) are long and even, else null. */
function evenWidth(texts: string[]): number | null {
  const width = Math.max(...texts.map((t) => t.length))
  if (width < WRAP_MIN_WIDTH) return null
  return texts.slice(0, -1).every((t) => t.length >= width * 0.8) ? width : null
}

/** The wrap width of the note, from its paragraphs of three or more prose lines. */
function noteWrapWidth(lines: Line[]): number | null {
  let run: string[] = []
  let found: number | null = null
  const flush = () => {
    if (run.length >= 3) {
      const w = evenWidth(run)
      if (w !== null) found = Math.max(found ?? 0, w)
    }
    run = []
  }
  for (const l of lines) {
    if (isBlank(l) || l.bullet) flush()
    else run.push(l.text.trim())
  }
  flush()
  return found
}

export function segment(notes: string): Unit[] {
  const lines = splitLines(notes)
  const units: Unit[] = []
  let section: SectionKind | null = null
  let heading: string | null = null
  let i = 0
  let inTitle = false
  let listOpen = false
  let sectionIsMarkdown = false
  const wrapWidth = noteWrapWidth(lines)
  const firstContent = lines.findIndex((l) => !isBlank(l))
  if (firstContent >= 0 && !lines[firstContent].bullet && isTitleLine(lines[firstContent].text.trim())) inTitle = true

  const emit = (ranges: [number, number][], kind: Unit['kind'], label: SectionKind | null, isTitle: boolean) => {
    let first = true
    const pieces: [number, number][] = []
    for (const [start, end] of ranges) {
      if (kind === 'bullet' && end - start <= MAX_BULLET) pieces.push([start, end])
      else pieces.push(...splitSentences(notes, start, end))
    }
    for (const [ps, pe] of pieces) {
      for (const [cs, ce] of splitLongUnit(notes, ps, pe).flatMap(([a, b]) => splitSemicolons(notes, a, b))) {
        const [s, e] = trimSpan(notes, cs, ce)
        if (e <= s) continue
        units.push({ start: s, end: e, kind, section, label, labelFirst: first, isTitle, heading })
        first = false
      }
    }
  }

  while (i < lines.length) {
    const line = lines[i]
    if (isBlank(line)) {
      inTitle = false
      // A heading over a list ("Panel:", "TO DO") ends with the list when prose follows it.
      let k = i + 1
      while (k < lines.length && isBlank(lines[k])) k++
      // A blank line after a list ends a loose heading ("Who:", "Setup"); a markdown heading
      // ("## Culture") or prose after the list ends only with the next heading or with prose.
      if (listOpen && k < lines.length && (!lines[k].bullet || !sectionIsMarkdown)) {
        section = null
        heading = null
      }
      listOpen = false
      i++
      continue
    }
    const headingHere = inTitle ? null : headingText(line, lines[i - 1], lines[i + 1])
    if (headingHere !== null) {
      section = labelKind(headingHere)
      heading = headingHere
      sectionIsMarkdown = /^\s*#/.test(line.text) || headingHere === headingHere.toUpperCase()
      i++
      continue
    }
    // A bullet with its indented continuation lines, or a paragraph of consecutive prose lines.
    let j = i + 1
    listOpen = line.bullet
    // The title is its first line alone: the lines under it may already be notes.
    if (inTitle) j = i + 1
    else if (line.bullet) {
      while (j < lines.length && !isBlank(lines[j]) && !lines[j].bullet && lines[j].indent > line.indent) j++
    } else {
      while (j < lines.length && !isBlank(lines[j]) && !lines[j].bullet && !headingText(lines[j], lines[j - 1],
        lines[j + 1]) && !startsWithLabel(lines[j])) j++
    }
    let contentStart = line.contentStart
    const end = lines[j - 1].end
    let label: SectionKind | null = null
    const lm = INLINE_LABEL.exec(notes.slice(contentStart, line.end))
    // "ask him re: the rota": "re:" is "about", and what follows belongs to the sentence.
    if (lm && !/\bre$/i.test(lm[1])) {
      const kind = labelKind(lm[1])
      if (kind) {
        label = kind
        contentStart += lm[0].length
      }
    }
    const ranges: [number, number][] = []
    if (line.bullet) ranges.push([contentStart, end])
    else {
      const joins = runsOn(lines.slice(i, j), wrapWidth)
      for (let k = i; k < j; k++) {
        const from = k === i ? contentStart : lines[k].start
        if (k > i && joins[k - i - 1]) ranges[ranges.length - 1][1] = lines[k].end
        else ranges.push([from, lines[k].end])
      }
    }
    emit(ranges, line.bullet ? 'bullet' : 'sentence', label, inTitle)
    inTitle = false
    i = j
  }
  return units
}
