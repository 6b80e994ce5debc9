// Reads a cue regex's source and finds literal keywords at least one of which any match needs
// somewhere in the text, so a text holding none of them can skip the regex unrun. The reading is
// conservative: whatever it does not understand (classes, \w, backreferences, unknown escapes)
// counts as "any text", which can only make a cue run more often, never less.

/** What one piece of a pattern can match, as far as literals go. */
interface Reading {
  /** Every string the piece can match, when that is a small finite set; else null. */
  exact: string[] | null
  /** Strings one of which the text must contain if the piece matches; null when none is known. */
  required: string[] | null
}

/** Beyond this many strings an exact set stops growing (a cross product would explode). */
const MAX_EXACT = 128
const MAX_CLASS = 8

const BRACES = /\{(\d+)(,(\d*))?\}/y
const GROUP_KIND = /\?(?:<(?=[=!])|<[A-Za-z_$][\w$]*>)?[:=!]?/y

const PLAIN = /^[^\\()[\]{}|.^$*+?]$/
const QUANTIFIER = /^[*+?{]$/

const ANY: Reading = { exact: null, required: null }
const EMPTY: Reading = { exact: [''], required: null }

class Parser {
  private at = 0
  constructor(private readonly source: string) {}

  parse(): Reading {
    const reading = this.alternation()
    if (this.at !== this.source.length) throw new SyntaxError(`Unexpected ')' at ${this.at} in ${this.source}`)
    return reading
  }

  private alternation(): Reading {
    const alternatives = [this.sequence()]
    while (this.source[this.at] === '|') {
      this.at++
      alternatives.push(this.sequence())
    }
    if (alternatives.length === 1) return alternatives[0]
    const exact = alternatives.every((a) => a.exact) ? unique(alternatives.flatMap((a) => a.exact!)) : null
    const required = alternatives.every((a) => a.required) ? unique(alternatives.flatMap((a) => a.required!)) : null
    return { exact: exact && exact.length <= MAX_EXACT ? exact : null, required }
  }

  private sequence(): Reading {
    const candidates: string[][] = []
    let run: string[] = ['']
    let whole = true
    const close = () => {
      if (!run.includes('')) candidates.push(run)
      run = ['']
    }
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.quantified()
      if (item.required) candidates.push(item.required)
      if (item.exact && run.length * item.exact.length <= MAX_EXACT) {
        run = unique(run.flatMap((head) => item.exact!.map((tail) => head + tail)))
        continue
      }
      whole = false
      close()
      if (item.exact) run = item.exact
    }
    const exact = whole ? run : null
    close()
    return { exact, required: best(candidates) }
  }

  private quantified(): Reading {
    const atom = this.atom()
    const q = this.quantifier()
    if (!q) return atom
    if (this.source[this.at] === '?') this.at++ // lazy: same strings
    if (q.min === 0) return q.max === 1 && atom.exact ? { exact: unique(['', ...atom.exact]), required: null } : ANY
    if (q.min === 1 && q.max === 1) return atom
    return { exact: null, required: atom.required ?? (atom.exact && !atom.exact.includes('') ? atom.exact : null) }
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.source[this.at]
    if (c === '*') return this.at++, { min: 0, max: Infinity }
    if (c === '+') return this.at++, { min: 1, max: Infinity }
    if (c === '?') return this.at++, { min: 0, max: 1 }
    if (c !== '{') return null
    BRACES.lastIndex = this.at
    const m = BRACES.exec(this.source)
    if (!m) return null // a literal '{'
    this.at += m[0].length
    const min = Number(m[1])
    return { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) }
  }

  private atom(): Reading {
    const c = this.source[this.at++]
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape()
    if (c === '.') return ANY
    if (c === '^' || c === '$') return EMPTY
    // A run of plain characters is one string (less work than a product per character), short
    // of a last one that a quantifier applies to.
    let text = c
    while (PLAIN.test(this.source[this.at] ?? '') && !QUANTIFIER.test(this.source[this.at + 1] ?? '')) text += this.source[this.at++]
    return { exact: [text], required: [text] }
  }

  private group(): Reading {
    let kind = ''
    GROUP_KIND.lastIndex = this.at
    const m = GROUP_KIND.exec(this.source)
    if (m) {
      kind = m[0]
      this.at += kind.length
    }
    const inner = this.alternation()
    if (this.source[this.at++] !== ')') throw new SyntaxError(`Unclosed group in ${this.source}`)
    // Look-arounds match no text of their own; a positive one still needs its text to be there.
    if (kind === '?=' || kind === '?<=') return { exact: [''], required: inner.required }
    if (kind === '?!' || kind === '?<!') return EMPTY
    return inner
  }

  private charClass(): Reading {
    const start = this.at
    let chars: string[] | null = this.source[this.at] === '^' ? null : []
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      let c = this.source[this.at++]
      if (c === '\\') {
        c = this.source[this.at++]
        if (!/[.\/\-\\\]\[^$|?*+(){}'"]/.test(c)) chars = null // \d, \w, \n and the like
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') chars = null // a range
      chars?.push(c)
    }
    if (this.source[this.at++] !== ']') throw new SyntaxError(`Unclosed class at ${start} in ${this.source}`)
    if (!chars || chars.length === 0 || chars.length > MAX_CLASS) return ANY
    const exact = unique(chars)
    return { exact, required: exact }
  }

  private escape(): Reading {
    const c = this.source[this.at++]
    if (c === 'b' || c === 'B') return EMPTY
    // Classes, backreferences, control and code escapes: not worth reading exactly.
    if (/[dDwWsSkcxupP0-9nrtfv]/.test(c)) return ANY
    return { exact: [c], required: [c] }
  }
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)]
}

/** The candidate whose shortest keyword is longest: the least likely to be everywhere. */
function best(candidates: string[][]): string[] | null {
  let chosen: string[] | null = null
  let score = -1
  for (const candidate of candidates) {
    const shortest = Math.min(...candidate.map((s) => s.length))
    if (shortest > score || (shortest === score && candidate.length < chosen!.length)) {
      chosen = candidate
      score = shortest
    }
  }
  return chosen
}

/**
 * Keywords one of which must occur in any text the regex matches, or null when the regex has none
 * that are safe (flags, or an alternative without a literal). A keyword that contains another is
 * dropped: the shorter one is found whenever the longer one is.
 */
export function requiredKeywords(re: RegExp): string[] | null {
  if (re.flags !== '') return null
  const { required } = new Parser(re.source).parse()
  if (!required || required.some((k) => k === '')) return null
  const sorted = unique(required).sort((a, b) => a.length - b.length)
  return sorted.filter((k, i) => !sorted.slice(0, i).some((shorter) => k.includes(shorter)))
}
