import { useEffect, useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { DEFAULT_SETTINGS, STAGES, type Stage } from '../../../../shared/model'
import { useApp } from '../../store'
import { afterNextPaint, cardsChanged, MANY_CARDS } from './paint-first'
import { QueryCache } from './query-cache'
import { cachedPlan, filterColumns, warmBoardCaches, isFiltering, queryTerms, sortedColumns, type BoardFilter, type ColumnIds } from './board-model'

export interface BoardView {
  /** Columns on screen: all six, or the ones the stage chips picked. */
  stages: readonly Stage[]
  columns: ColumnIds
  totals: Record<Stage, number>
  shown: number
  total: number
  filtering: boolean
  /** Stage chips or "due only" are on (not just a search). */
  filteringBeyondQuery: boolean
  /** The query the columns reflect. */
  appliedQuery: string
}

/**
 * The board's columns after search and filters. Sorting happens once per data change; a
 * keystroke only re-filters and ranks (one pass over each column's texts), or finds the columns
 * of a query it has just seen (Backspace) in a cache. The result renders in the same frame as
 * the letter typed (no useDeferredValue): filtering and updating the cards on screen costs a few
 * milliseconds, and deferring it showed the cards a whole frame later.
 */
export function useBoardColumns(): BoardView {
  const processes = useApp((s) => s.processes)
  const query = useApp((s) => s.query)
  const noteMatches = useApp((s) => s.noteMatches)
  const { stages: stageFilter, dueOnly } = useApp(useShallow((s) => ({ stages: s.filters.stages, dueOnly: s.filters.dueOnly })))
  const settings = useApp((s) => s.settings) ?? DEFAULT_SETTINGS
  const today = useApp((s) => s.info?.today ?? '')

  const sorted = useMemo(() => sortedColumns(processes), [processes])
  const totals = useMemo(() => {
    const t = {} as Record<Stage, number>
    for (const s of STAGES) t[s] = sorted[s].length
    return t
  }, [sorted])

  const noteSet = useMemo(() => new Set(noteMatches), [noteMatches])
  const filter: BoardFilter = useMemo(
    () => ({ terms: queryTerms(query), noteMatches: noteSet, stages: stageFilter, dueOnly }),
    [query, noteSet, stageFilter, dueOnly]
  )
  const [results] = useState(() => new QueryCache<ColumnIds>(32))
  const next = useMemo(() => {
    const context = [sorted, processes, filter.noteMatches, filter.stages, filter.dueOnly, settings, today]
    return results.get(context, filter.terms.join(' '), () =>
      filterColumns(sorted, processes, filter, (p) => cachedPlan(p, settings, today))
    )
  }, [results, sorted, processes, filter, settings, today])
  // What is on screen, and for which query and data. A keystroke that would rewrite many cards
  // keeps these for one more frame, so that frame shows the letter typed (see MANY_CARDS); a
  // change of the data itself (a card moved or edited) shows straight away.
  const onScreen = useRef<{ columns: ColumnIds; query: string; sorted: ColumnIds } | null>(null)
  const [released, release] = useState<string | null>(null)
  const last = onScreen.current
  const hold =
    !!last && last.query !== query && last.sorted === sorted && released !== query && cardsChanged(last.columns, next) > MANY_CARDS
  const columns = hold ? last.columns : keepUnchanged(last?.columns ?? null, next)
  if (!hold) onScreen.current = { columns, query, sorted }
  useEffect(() => (hold ? afterNextPaint(() => release(query)) : undefined), [hold, query])
  useEffect(
    () => warmBoardCaches(sorted, processes, today ? (p) => cachedPlan(p, settings, today) : null),
    [sorted, processes, settings, today]
  )
  const stages = useMemo(() => (stageFilter.length ? STAGES.filter((s) => stageFilter.includes(s)) : STAGES), [stageFilter])

  let shown = 0
  let total = 0
  for (const s of STAGES) {
    shown += columns[s].length
    total += totals[s]
  }
  return {
    stages,
    columns,
    totals,
    shown,
    total,
    filtering: isFiltering(filter),
    filteringBeyondQuery: dueOnly || stageFilter.length > 0,
    appliedQuery: hold ? last.query : query
  }
}

/**
 * A column whose ids did not change keeps its old array, so its memoised component skips the
 * render: typing "northw" after "north" usually changes one column, not six.
 */
function keepUnchanged(prev: ColumnIds | null, next: ColumnIds): ColumnIds {
  if (!prev) return next
  let same = true
  const out = {} as ColumnIds
  for (const s of STAGES) {
    const a = prev[s]
    const b = next[s]
    const equal = a === b || (a.length === b.length && a.every((id, i) => id === b[i]))
    out[s] = equal ? a : b
    if (!equal) same = false
  }
  return same ? prev : out
}
