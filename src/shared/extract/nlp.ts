import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

// Part-of-speech tagging, lemmas and negation from wink-nlp, whose English model ships inside its
// npm package (no download, works offline). The model is built on first use, once: building it
// costs more than tagging a long note, so code that never extracts never pays for it.

export interface Token {
  /** The token as written. */
  value: string
  /** Lower-cased dictionary form ("said" → "say", "n't" → "not"). */
  lemma: string
  /** Universal part-of-speech tag: NOUN, VERB, PROPN, PRON, AUX, ADJ, … */
  pos: string
  /** True inside the scope of a negation ("didn't email him"). */
  negated: boolean
  /** Offsets into the text that was tagged. */
  start: number
  end: number
}

type Wink = ReturnType<typeof winkNLP>

let wink: Wink | null = null
let initMs = 0

function engine(): Wink {
  if (wink === null) {
    const t0 = Date.now()
    wink = winkNLP(model, ['pos', 'negation'])
    initMs = Date.now() - t0
  }
  return wink
}

/** Milliseconds the one-off model build took (0 before the first use). */
export function nlpInitMs(): number {
  return initMs
}

/** Builds the tagger now (for callers that want the cost up front, e.g. when a screen opens). */
export function warmUpNlp(): void {
  engine()
}

/** Tags `text` as one document; every token keeps its offsets into `text`. */
export function tag(text: string): Token[] {
  const nlp = engine()
  const its = nlp.its
  const tokens = nlp.readDoc(text).tokens()
  // One column per property; the typings cannot express every its.* helper's result type.
  const column = <T>(helper: unknown): T[] => (tokens.out as (h: unknown) => T[])(helper)
  const values = column<string>(its.value)
  const spaces = column<string>(its.precedingSpaces)
  const pos = column<string>(its.pos)
  const lemmas = column<string | undefined>(its.lemma)
  const negation = column<boolean>(its.negationFlag)
  const out: Token[] = []
  let at = 0
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length
    // wink keeps the text intact; should it ever not, find the token where it really is.
    if (text.startsWith(values[i], at) === false) {
      const found = text.indexOf(values[i], at)
      if (found >= 0) at = found
    }
    const start = at
    at += values[i].length
    if (pos[i] === 'SPACE') continue
    out.push({ value: values[i], lemma: (lemmas[i] ?? values[i]).toLowerCase(), pos: pos[i], negated: negation[i],
      start, end: at })
  }
  return out
}
