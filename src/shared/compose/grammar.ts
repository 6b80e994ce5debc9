import type { Check } from './checks'

// Grammar and spelling problems in a draft, as plain data: what the offline checker (harper)
// found, where, and the edits that fix it. The checker itself runs in the renderer; this file
// only shapes, filters and applies its results, so the rules can be tested without it.

export interface GrammarFix {
  /** What the button says: the replacement, or "Remove …". */
  label: string
  start: number
  end: number
  replacement: string
}

export interface GrammarProblem {
  /** Offsets into the checked text (UTF-16, like String.slice). */
  start: number
  end: number
  text: string
  message: string
  /** The checker's kind: Spelling, Grammar, Repetition… */
  kind: string
  fixes: GrammarFix[]
}

/** The parts of a harper Lint this file reads (kept structural so nothing here loads WASM). */
export interface LintLike {
  span(): { start: number; end: number }
  get_problem_text(): string
  message(): string
  lint_kind(): string
  suggestions(): { kind(): number; get_replacement_text(): string }[]
}

const SUGGESTION_REPLACE = 0
const SUGGESTION_REMOVE = 1

/** Code-point offsets to UTF-16 ones, for checkers that count characters the Rust way. */
function codePointSpan(text: string, start: number, end: number): { start: number; end: number } {
  const points = Array.from(text)
  const units = (n: number) => points.slice(0, n).join('').length
  return { start: units(start), end: units(end) }
}

/** The lint's place in `text`, trusting its own problem text over its offsets. */
function placeOf(text: string, lint: LintLike): { start: number; end: number } | null {
  const span = lint.span()
  const problem = lint.get_problem_text()
  if (text.slice(span.start, span.end) === problem) return { start: span.start, end: span.end }
  const byPoints = codePointSpan(text, span.start, span.end)
  if (text.slice(byPoints.start, byPoints.end) === problem) return byPoints
  return null
}

export function problemsFromLints(text: string, lints: readonly LintLike[]): GrammarProblem[] {
  const problems: GrammarProblem[] = []
  for (const lint of lints) {
    const place = placeOf(text, lint)
    if (!place) continue
    const seen = new Set<string>()
    const fixes: GrammarFix[] = []
    for (const s of lint.suggestions()) {
      const kind = s.kind()
      const insert = s.get_replacement_text()
      const fix: GrammarFix =
        kind === SUGGESTION_REPLACE
          ? { label: insert || 'Remove', ...place, replacement: insert }
          : kind === SUGGESTION_REMOVE
            ? { label: `Remove “${text.slice(place.start, place.end).trim()}”`, ...place, replacement: '' }
            : { label: `Add “${insert.trim()}”`, start: place.end, end: place.end, replacement: insert }
      const key = `${fix.start}:${fix.end}:${fix.replacement}`
      if (!seen.has(key)) fixes.push(fix)
      seen.add(key)
    }
    // The checker writes code-style `quotes` (Markdown); the panel shows plain text.
    const message = lint.message().replace(/`([^`]*)`/g, '“$1”')
    problems.push({ ...place, text: text.slice(place.start, place.end), message, kind: lint.lint_kind(), fixes })
  }
  return problems.sort((a, b) => a.start - b.start)
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu
const wordKey = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/'s$/, '')

/** Words in a text, split where a name would be ("Acme-Corp's" → Acme-Corp, Acme, Corp). */
export function wordsOf(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’-]+$/, '').replace(/['’]s$/, '')
    out.push(word)
    if (/-/.test(word)) out.push(...word.split('-').filter(Boolean))
  }
  return out
}

/** Looks like a term rather than a typo: capitalised, an acronym, or with digits or inner capitals. */
const TERM_LIKE = /^(?:\p{Lu}|.*\p{N}|.+\p{Lu})/u

export interface OwnWordSources {
  /** Always the user's own: names, the company, the role, their signature. */
  names: readonly string[]
  /** The user's notes and key points: only their terms (names, tools, acronyms) count. */
  notes: readonly string[]
}

/**
 * The words the checker must not flag: every word of the names, the company and the role, and
 * the terms the user wrote in their notes. Lower-case note words are left out on purpose: a typo
 * in the notes should still be caught in the draft.
 */
export function ownWords({ names, notes }: OwnWordSources): string[] {
  const words = new Set<string>()
  for (const text of names) for (const w of wordsOf(text)) words.add(w)
  for (const text of notes) for (const w of wordsOf(text)) if (TERM_LIKE.test(w)) words.add(w)
  return [...words].sort()
}

/**
 * Drops problems that are only about one of the user's own words: a name is neither misspelled
 * nor an acronym to capitalise ("Sam" is not SAM), whatever the checker's dictionary says.
 */
export function withoutOwnWords(problems: readonly GrammarProblem[], own: readonly string[]): GrammarProblem[] {
  const keys = new Set(own.map(wordKey))
  return problems.filter((p) => {
    const words = wordsOf(p.text)
    return !(words.length === 1 && /^\S+$/.test(p.text.trim()) && keys.has(wordKey(words[0])))
  })
}

export const problemKey = (p: Pick<GrammarProblem, 'kind' | 'text' | 'message'>) => `${p.kind}|${p.text}|${p.message}`

/** The text with one fix applied. */
export function applyFix(text: string, fix: GrammarFix): string {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end)
}

/**
 * Problems found in `before`, moved to where they sit in `after` (one edit between the two, as
 * when typing); problems the edit touched are dropped until the checker looks again.
 */
export function followEdit(problems: readonly GrammarProblem[], before: string, after: string): GrammarProblem[] {
  if (before === after) return [...problems]
  let head = 0
  const max = Math.min(before.length, after.length)
  while (head < max && before[head] === after[head]) head++
  let tail = 0
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
  const editEnd = before.length - tail
  const delta = after.length - before.length
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}'’]/u.test(c)
  const moved: GrammarProblem[] = []
  for (const p of problems) {
    // Typing right against a problem's word changes that word; a space or a comma does not.
    if (p.end < head || (p.end === head && !wordChar(after[head]))) moved.push(p)
    else if (p.start > editEnd || (p.start === editEnd && !wordChar(after[p.start + delta - 1]))) {
      const shift = <T extends { start: number; end: number }>(x: T): T => ({
        ...x,
        start: x.start + delta,
        end: x.end + delta
      })
      moved.push({ ...shift(p), fixes: p.fixes.map(shift) })
    }
  }
  return moved
}

export type GrammarStatus = 'loading' | 'ready' | 'failed'

/** The grammar line of the checks: none when the draft reads cleanly. */
export function checkGrammar(status: GrammarStatus, problems: readonly GrammarProblem[]): Check | null {
  if (status === 'failed') {
    const message = 'The grammar and spelling checker could not start: read the draft over once.'
    return { id: 'grammar', level: 'info', message }
  }
  if (status === 'loading' || problems.length === 0) return null
  const n = problems.length
  return {
    id: 'grammar',
    level: 'warn',
    message:
      `${n} spelling or grammar ${n === 1 ? 'problem' : 'problems'}, underlined in the draft: each has its fixes.`,
    matches: [...new Set(problems.map((p) => p.text))]
  }
}
