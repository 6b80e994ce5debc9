import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, type Process } from '../../../src/shared/model'
import {
  cachedPlan,
  filterColumns,
  foldForSearch,
  queryTerms,
  searchText,
  sortedColumns
} from '../../../src/renderer/src/screens/board/board-model'
import { nextLine, relativeDay } from '../../../src/renderer/src/screens/board/card-text'
import { person, process, round, TODAY } from './fake-bridge'

const record = (ps: Process[]) => Object.fromEntries(ps.map((p) => [p.id, p]))

describe('board model', () => {
  it('sorts Scheduled by the next interview first and other columns by the latest round first', () => {
    const ps = record([
      process('Later', { id: 'a', stage: 'scheduled', rounds: [round('2026-07-20')] }),
      process('Sooner', { id: 'b', stage: 'scheduled', rounds: [round('2026-07-12')] }),
      process('No round', { id: 'c', stage: 'scheduled' }),
      process('Old', { id: 'd', stage: 'waiting', rounds: [round('2026-06-01')] }),
      process('Recent', { id: 'e', stage: 'waiting', rounds: [round('2026-06-01'), round('2026-07-05')] })
    ])
    const cols = sortedColumns(ps)
    expect(cols.scheduled).toEqual(['b', 'a', 'c'])
    expect(cols.waiting).toEqual(['e', 'd'])
    expect(cols.closed).toEqual([])
  })

  it('folds case and accents and requires every word', () => {
    expect(foldForSearch('ÉCOLE Zürich')).toBe('ecole zurich')
    expect(queryTerms('  Data   ANALYST ')).toEqual(['data', 'analyst'])
    const p = process('Zürich Bank', { role: 'Data Analyst' })
    expect(searchText(p)).toContain('zurich bank')
    const ps = record([p, process('Other', { id: 'o', role: 'Designer' })])
    const cols = sortedColumns(ps)
    const filter = (q: string, notes: string[] = []) =>
      filterColumns(cols, ps, { terms: queryTerms(q), noteMatches: new Set(notes), stages: [], dueOnly: false }, () => {
        throw new Error('plans are not needed without the due filter')
      }).waiting
    expect(filter('zurich analyst')).toEqual([p.id])
    expect(filter('zurich designer')).toEqual([])
    // A notes hit counts even when nothing else matches.
    expect(filter('kubernetes', ['o'])).toEqual(['o'])
  })

  it('keeps the same column arrays when nothing filters, so columns need not re-render', () => {
    const ps = record([process('A', { id: 'a' })])
    const cols = sortedColumns(ps)
    const out = filterColumns(cols, ps, { terms: [], noteMatches: new Set(), stages: [], dueOnly: false }, () => {
      throw new Error('unused')
    })
    expect(out.waiting).toBe(cols.waiting)
  })

  it('forgives one typo per word, ranks company and role first, typos next, notes-only last', () => {
    const ps = record([
      process('Lumen Labs', { id: 'lumen', stage: 'waiting', role: 'Data Analyst' }),
      process('Northwind', { id: 'north', stage: 'waiting', role: 'Designer' }),
      process('Globex', { id: 'glob', stage: 'waiting', role: 'Lumen integrations lead' }),
      process('Initech', { id: 'init', stage: 'waiting', role: 'Engineer' })
    ])
    const cols = sortedColumns(ps)
    const search = (q: string, notes: string[] = []) =>
      filterColumns(cols, ps, { terms: queryTerms(q), noteMatches: new Set(notes), stages: [], dueOnly: false }, () => {
        throw new Error('unused')
      }).waiting
    expect(search('Lumne')).toEqual(expect.arrayContaining(['lumen', 'glob']))
    expect(search('Lumne')).not.toContain('north')
    expect(search('nrothwind')).toEqual(['north'])
    expect(search('lumen labs')).toEqual(['lumen'])
    // Exact hits before typo hits, note-only hits last, whatever the board order.
    expect(search('designr', ['init'])).toEqual(['north', 'init'])
    expect(search('lumen', ['init'])).toEqual([...search('lumen', []), 'init'])
    // Digits must match exactly: "1008" is not "1009".
    const numbered = record([process('Company 1008', { id: 'a' }), process('Company 1009', { id: 'b' })])
    const numCols = sortedColumns(numbered)
    const byNumber = filterColumns(numCols, numbered, { terms: queryTerms('company 1008'), noteMatches: new Set(), stages: [], dueOnly: false }, () => {
      throw new Error('unused')
    })
    expect(byNumber.waiting).toEqual(['a'])
  })

  it('ranks a company-name hit above a hit in people or round labels', () => {
    const ps = record([
      process('Acme', { id: 'people', stage: 'waiting', rounds: [round('2026-07-05', 'Panel with Lumen team')] }),
      process('Lumen', { id: 'company', stage: 'waiting', rounds: [round('2026-06-01')] })
    ])
    const cols = sortedColumns(ps)
    expect(cols.waiting).toEqual(['people', 'company'])
    const found = filterColumns(cols, ps, { terms: queryTerms('lumen'), noteMatches: new Set(), stages: [], dueOnly: false }, () => {
      throw new Error('unused')
    })
    expect(found.waiting).toEqual(['company', 'people'])
  })

  it('ranks each process by its worst word: one word with a typo makes a typo hit', () => {
    const ps = record([
      process('Lumen Corp', { id: 'typo', stage: 'waiting', role: 'Data Analist' }),
      process('Lumen Works', { id: 'people', stage: 'waiting', role: 'Engineer', people: [person('Ana Smith', 'Data Analyst')] }),
      process('Lumen Labs', { id: 'role', stage: 'waiting', role: 'Data Analyst' }),
      process('Lumen Other', { id: 'none', stage: 'waiting', role: 'Designer' })
    ])
    const cols = sortedColumns(ps)
    const found = filterColumns(cols, ps, { terms: queryTerms('lumen analyst'), noteMatches: new Set(), stages: [], dueOnly: false }, () => {
      throw new Error('unused')
    })
    expect(found.waiting).toEqual(['role', 'people', 'typo'])
  })

  it('matches words in other scripts exactly', () => {
    const ps = record([process('شركة النور', { id: 'ar', stage: 'waiting' }), process('Other', { id: 'o', stage: 'waiting' })])
    const cols = sortedColumns(ps)
    const found = filterColumns(cols, ps, { terms: queryTerms('النور'), noteMatches: new Set(), stages: [], dueOnly: false }, () => {
      throw new Error('unused')
    })
    expect(found.waiting).toEqual(['ar'])
  })

  it('caches a plan per process object and recomputes for a changed one', () => {
    const p = process('A', { rounds: [round('2026-07-01')] })
    const first = cachedPlan(p, DEFAULT_SETTINGS, TODAY)
    expect(cachedPlan(p, DEFAULT_SETTINGS, TODAY)).toBe(first)
    const moved = { ...p, stage: 'offer' as const }
    expect(cachedPlan(moved, DEFAULT_SETTINGS, TODAY).stopped).toBe('offer')
    expect(cachedPlan(p, DEFAULT_SETTINGS, '2026-07-11')).not.toBe(first)
  })

  it('survives a country the holiday data does not know', () => {
    const p = process('A', { rounds: [round('2026-07-01')] })
    const plan = cachedPlan(p, { ...DEFAULT_SETTINGS, country: 'ZZ' }, TODAY)
    expect(plan.next).toBeNull()
  })

  it('words the next step and dates relative to today', () => {
    expect(relativeDay('2026-07-10', TODAY)).toBe('today')
    expect(relativeDay('2026-07-11', TODAY)).toBe('tomorrow')
    expect(relativeDay('2026-07-13', TODAY)).toBe('in 3 days')
    expect(relativeDay('2026-07-30', TODAY)).toBe('Jul 30')
    const p = process('A', { rounds: [round('2026-07-01')] })
    const line = nextLine(p, cachedPlan(p, DEFAULT_SETTINGS, TODAY), TODAY)
    // Thank-you was due 07-02 and is skipped once the status check (07-08) is due: that is overdue.
    expect(line).toEqual({ text: 'Status check', when: 'due Jul 8', tone: 'overdue', badge: '2 days overdue' })
  })
})

describe('card dates', () => {
  it('formats like the shared formatter, from a cache', async () => {
    const shared = await import('../../../src/shared/dates')
    const { formatShortDate } = await import('../../../src/renderer/src/screens/board/card-text')
    for (const d of ['2026-01-01', '2026-07-08', '2026-12-31', '2028-02-29']) {
      expect(formatShortDate(d)).toBe(shared.formatShortDate(d))
      expect(formatShortDate(d)).toBe(shared.formatShortDate(d))
    }
  })
})
