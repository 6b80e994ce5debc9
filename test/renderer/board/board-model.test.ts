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
import { process, round, TODAY } from './fake-bridge'

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

  it('narrows from the last result while typing forward and gives what a full search gives', () => {
    const stages = ['scheduled', 'waiting', 'closed'] as const
    const names = ['Acme Corp', 'Acme Labs', 'Northwind', 'North Star', 'Nordic Acme', 'Globex', 'Café Nord']
    const ps = record(names.map((n, i) => process(n, { id: `p${i}`, stage: stages[i % 3], role: i % 2 ? 'Data Analyst' : 'Designer' })))
    const cols = sortedColumns(ps)
    const noteMatches = new Set(['p5'])
    const full = (q: string) =>
      filterColumns(cols, ps, { terms: queryTerms(q), noteMatches, stages: [], dueOnly: false }, () => {
        throw new Error('unused')
      })
    let previous: { filter: Parameters<typeof filterColumns>[2]; columns: ReturnType<typeof filterColumns> } | undefined
    // Forward typing narrows; Backspace, a new word and a changed word do not.
    for (const q of ['n', 'no', 'nor', 'nort', 'north', 'nort', 'no', 'no a', 'no ac', 'no acme', 'acme', 'acme d', 'acme de', 'acme da', 'x', '']) {
      const filter = { terms: queryTerms(q), noteMatches, stages: [], dueOnly: false }
      const columns = filterColumns(cols, ps, filter, () => ({}) as never, previous)
      expect(columns, q).toEqual(full(q))
      previous = { filter, columns }
    }
    expect(full('north').waiting.concat(full('north').scheduled, full('north').closed).sort()).toEqual(['p2', 'p3', 'p5'])
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
