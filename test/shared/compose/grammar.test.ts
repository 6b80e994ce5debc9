import { describe, expect, it } from 'vitest'
import {
  applyFix,
  checkGrammar,
  followEdit,
  ownWords,
  problemsFromLints,
  withoutOwnWords,
  type GrammarProblem,
  type LintLike
} from '../../../src/shared/compose/grammar'

// A stand-in for harper's Lint objects: offsets in UTF-16 units unless said otherwise.
function lint(text: string, word: string, kind: string, suggestions: [number, string][], at = text.indexOf(word)): LintLike {
  return {
    span: () => ({ start: at, end: at + [...word].length }),
    get_problem_text: () => word,
    message: () => `Did you mean to spell \`${word}\` this way?`,
    lint_kind: () => kind,
    suggestions: () => suggestions.map(([k, t]) => ({ kind: () => k, get_replacement_text: () => t }))
  }
}

describe('problemsFromLints', () => {
  it('turns lints into problems with fixes that apply', () => {
    const text = 'I realy liked it it.'
    const problems = problemsFromLints(text, [
      lint(text, 'it it', 'Repetition', [[1, '']]),
      lint(text, 'realy', 'Spelling', [[0, 'really'], [0, 'real'], [0, 'really']])
    ])
    expect(problems.map((p) => p.text)).toEqual(['realy', 'it it'])
    expect(problems[0].fixes.map((f) => f.label)).toEqual(['really', 'real'])
    expect(applyFix(text, problems[0].fixes[0])).toBe('I really liked it it.')
    expect(problems[1].fixes[0].label).toBe('Remove “it it”')
    expect(problems[0].message).toBe('Did you mean to spell “realy” this way?')
  })

  it('adds text after the problem for an insert suggestion', () => {
    const text = 'Thanks again'
    const [p] = problemsFromLints(text, [lint(text, 'again', 'Punctuation', [[2, '.']])])
    expect(applyFix(text, p.fixes[0])).toBe('Thanks again.')
  })

  it('reads character offsets counted by code point when the text has emoji', () => {
    const text = 'Great 🎉 convo with teh team'
    const codePointAt = [...text.slice(0, text.indexOf('teh'))].length
    const [p] = problemsFromLints(text, [lint(text, 'teh', 'Spelling', [[0, 'the']], codePointAt)])
    expect(p.text).toBe('teh')
    expect(text.slice(p.start, p.end)).toBe('teh')
  })

  it('skips a lint whose words cannot be found where it says', () => {
    const text = 'Short text'
    expect(problemsFromLints(text, [lint(text, 'missing', 'Spelling', [], 40)])).toEqual([])
  })
})

describe('own words', () => {
  it('keeps every word of names and only the terms of the notes', () => {
    const words = ownWords({
      names: ["Anneliese O'Connor-Vale", 'Brightwater Labs'],
      notes: ['we talked teh roadmap for Helix and K8s upgrades, also gRPC']
    })
    expect(words).toEqual(expect.arrayContaining(['Anneliese', "O'Connor-Vale", "O'Connor", 'Vale', 'Brightwater', 'Labs']))
    expect(words).toEqual(expect.arrayContaining(['Helix', 'K8s', 'gRPC']))
    expect(words).not.toContain('teh')
    expect(words).not.toContain('roadmap')
  })

  it('drops problems about an own word alone, possessives included, and keeps the rest', () => {
    const problem = (text: string, kind: string): GrammarProblem => ({ start: 0, end: text.length, text, kind, message: '', fixes: [] })
    const kept = withoutOwnWords(
      [
        problem('Brightwater’s', 'Spelling'),
        problem('brightwater', 'Typo'),
        problem('Sam', 'Capitalization'),
        problem('Brightwatr', 'Spelling'),
        problem('Brightwater Brightwater', 'Repetition'),
        problem('Sam are', 'Agreement')
      ],
      ['Brightwater', 'Sam']
    )
    expect(kept.map((p) => [p.text, p.kind])).toEqual([
      ['Brightwatr', 'Spelling'],
      ['Brightwater Brightwater', 'Repetition'],
      ['Sam are', 'Agreement']
    ])
  })
})

describe('followEdit', () => {
  const before = 'I realy liked teh team.'
  const problems = problemsFromLints(before, [
    lint(before, 'realy', 'Spelling', [[0, 'really']]),
    lint(before, 'teh', 'Spelling', [[0, 'the']])
  ])

  it('moves problems after an edit and keeps those before it', () => {
    const after = 'I realy, truly liked teh team.'
    const moved = followEdit(problems, before, after)
    expect(moved.map((p) => after.slice(p.start, p.end))).toEqual(['realy', 'teh'])
    expect(applyFix(after, moved[1].fixes[0])).toBe('I realy, truly liked the team.')
  })

  it('drops a problem the edit touched', () => {
    const after = 'I really liked teh team.'
    expect(followEdit(problems, before, after).map((p) => p.text)).toEqual(['teh'])
    expect(followEdit(problems, before, 'I realy liked tehx team.').map((p) => p.text)).toEqual(['realy'])
    expect(followEdit(problems, before, 'I realy liked xteh team.').map((p) => p.text)).toEqual(['realy'])
  })
})

describe('checkGrammar', () => {
  const p: GrammarProblem = { start: 0, end: 3, text: 'teh', kind: 'Spelling', message: '', fixes: [] }
  it('says nothing while loading or when clean, warns on problems, notes a checker that failed', () => {
    expect(checkGrammar('loading', [p])).toBeNull()
    expect(checkGrammar('ready', [])).toBeNull()
    expect(checkGrammar('ready', [p, { ...p, start: 5, end: 8 }])).toMatchObject({ id: 'grammar', level: 'warn', matches: ['teh'] })
    expect(checkGrammar('ready', [p])!.message).toMatch(/^1 spelling or grammar problem,/)
    expect(checkGrammar('failed', [])).toMatchObject({ id: 'grammar', level: 'info' })
  })
})
