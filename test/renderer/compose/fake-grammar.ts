import type { GrammarProblem } from '../../../src/shared/compose/grammar'
import type { GrammarChecker } from '../../../src/renderer/src/screens/compose/grammar-client'

// A stand-in for the WebAssembly checker in jsdom: it knows a handful of misspellings and one
// grammar slip, leaves the user's own words alone, and can be held back to look like loading.

const TYPOS: Record<string, string[]> = { realy: ['really', 'real'], teh: ['the'], Whitfeld: ['Whitfield'] }

export interface FakeGrammar extends GrammarChecker {
  calls: { text: string; ownWords: readonly string[] }[]
  /** Finish loading (the checker starts held when `held` was asked for). */
  release(): void
}

export function fakeGrammar({ held = false } = {}): FakeGrammar {
  let release = () => {}
  const ready = held ? new Promise<void>((ok) => (release = ok)) : Promise.resolve()
  const calls: FakeGrammar['calls'] = []
  return {
    ready,
    calls,
    release: () => release(),
    async check(text, ownWords) {
      calls.push({ text, ownWords })
      const problems: GrammarProblem[] = []
      for (const m of text.matchAll(/[A-Za-z]+/g)) {
        const word = m[0]
        const fixes = TYPOS[word]
        if (!fixes || ownWords.includes(word)) continue
        const start = m.index
        const end = start + word.length
        problems.push({ start, end, text: word, message: `Did you mean “${fixes[0]}”?`, kind: 'Spelling', fixes: fixes.map((f) => ({ label: f, start, end, replacement: f })) })
      }
      for (const m of text.matchAll(/\btheir is\b/g)) {
        const start = m.index
        problems.push({ start, end: start + 5, text: 'their', message: 'Did you mean “there”?', kind: 'Grammar', fixes: [{ label: 'there', start, end: start + 5, replacement: 'there' }] })
      }
      return problems.sort((a, b) => a.start - b.start)
    }
  }
}

/** What tests install as the grammar-client module. */
export const grammarModule = { current: fakeGrammar() }
