import uFuzzy from '@leeoniya/ufuzzy'
import { latestRound, STAGES, type Stage } from '../../../../shared/model'
import { planForProcess, type PlanSettings, type ProcessPlan } from '../../../../shared/plan/process-plan'
import { planNow } from '../../plan-now'
import type { ProcessSummary, RoundSummary } from '../../../../shared/process-summary'

// What the board shows, computed so that 5,000 processes stay fast: everything per process is
// cached on the process object itself (a changed process is a new object, so the cache can
// never go stale), columns are sorted once per data change, and a search keystroke only filters
// and ranks the already sorted lists.

export type ColumnIds = Record<Stage, string[]>

export interface BoardFilter {
  /** Lower-cased, accent-free words that must all appear. */
  terms: string[]
  /** Processes whose notes match the query (from the main process). */
  noteMatches: ReadonlySet<string>
  stages: readonly Stage[]
  dueOnly: boolean
}

/** Lower-case and drop accents, so "cafe" finds "Café" and "ÉCOLE" finds "école". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase()
}

export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean)
}

const searchTexts = new WeakMap<ProcessSummary, string>()

/** Company, role, people (names and titles) and round labels: what the board searches itself. */
export function searchText(p: ProcessSummary): string {
  let text = searchTexts.get(p)
  if (text === undefined) {
    const parts = [p.company, p.role]
    for (const person of p.people) parts.push(person.name, person.title)
    for (const r of p.rounds) parts.push(r.label)
    // A separator no query can contain keeps words of two fields from matching as one.
    text = foldForSearch(parts.join('\n'))
    searchTexts.set(p, text)
  }
  return text
}

const latestRounds = new WeakMap<ProcessSummary, RoundSummary | null>()

export function cachedLatestRound(p: ProcessSummary): RoundSummary | null {
  let r = latestRounds.get(p)
  if (r === undefined) {
    r = latestRound(p)
    latestRounds.set(p, r)
  }
  return r
}

// One cache per (settings, today, minute): plans depend on all three, and they change rarely.
let planCacheKey = ''
let planCache = new WeakMap<ProcessSummary, ProcessPlan>()

const stoppedPlan = (p: ProcessSummary): ProcessPlan => ({
  processId: p.id,
  roundId: null,
  roundDate: null,
  next: null,
  steps: [],
  overdue: false,
  dueToday: false
})

export function cachedPlan(p: ProcessSummary, settings: PlanSettings, today: string): ProcessPlan {
  const now = planNow(today)
  const key = `${settings.country}|${settings.region}|${JSON.stringify(settings.policy)}|${now}`
  if (key !== planCacheKey) {
    planCacheKey = key
    planCache = new WeakMap()
  }
  let plan = planCache.get(p)
  if (!plan) {
    try {
      plan = planForProcess(p, settings, now)
    } catch {
      // A country the holiday data does not know (or a hand-edited date) must not take the
      // whole board down: the card just shows no next step.
      plan = stoppedPlan(p)
    }
    planCache.set(p, plan)
  }
  return plan
}

export const needsAttention = (plan: ProcessPlan): boolean => !!plan.next && (plan.overdue || plan.dueToday)

/**
 * Every process in its column, in board order: the next interview first in Scheduled, the most
 * recent round first elsewhere, processes without rounds by when they were created.
 */
export function sortedColumns(processes: Record<string, ProcessSummary>): ColumnIds {
  const keyed: Record<Stage, { id: string; date: string; created: string; company: string }[]> = {
    scheduled: [],
    interviewed: [],
    waiting: [],
    'following-up': [],
    offer: [],
    closed: []
  }
  for (const id in processes) {
    const p = processes[id]
    const bucket = keyed[p.stage] ?? keyed.scheduled
    bucket.push({ id, date: cachedLatestRound(p)?.date ?? '', created: p.createdAt, company: p.company })
  }
  const out = {} as ColumnIds
  for (const stage of STAGES) {
    const ascending = stage === 'scheduled'
    keyed[stage].sort((a, b) => {
      // Processes without a round yet go last; they have nothing to date them by.
      if (a.date !== b.date) {
        if (!a.date) return 1
        if (!b.date) return -1
        return ascending ? (a.date < b.date ? -1 : 1) : a.date < b.date ? 1 : -1
      }
      if (a.created !== b.created) return a.created < b.created ? 1 : -1
      return a.company.localeCompare(b.company)
    })
    out[stage] = keyed[stage].map((k) => k.id)
  }
  return out
}

export const isFiltering = (f: BoardFilter): boolean => f.terms.length > 0 || f.dueOnly || f.stages.length > 0

// Each column's search texts in board order, beside its ids, and where each text's company and
// role end: a keystroke then scans plain arrays, with no lookup and no string built per process.
// Keyed on the column's array, which is new whenever the data changes (sortedColumns runs once
// per change). A process missing from `processes` has an empty text and is skipped.
interface ColumnTexts {
  texts: string[]
  /** Where the company and role (the first two lines) of each text end. */
  heads: number[]
}
const columnTexts = new WeakMap<string[], { processes: Record<string, ProcessSummary>; column: ColumnTexts }>()

function textsOf(ids: string[], processes: Record<string, ProcessSummary>): ColumnTexts {
  const cached = columnTexts.get(ids)
  if (cached && cached.processes === processes) return cached.column
  const texts = ids.map((id) => (processes[id] ? searchText(processes[id]) : ''))
  const heads = texts.map((text) => {
    const cut = text.indexOf('\n', text.indexOf('\n') + 1)
    return cut < 0 ? text.length : cut
  })
  const column = { texts, heads }
  columnTexts.set(ids, { processes, column })
  return column
}

/**
 * Builds what a keystroke needs ahead of the first one, in idle moments: the columns' search
 * texts (folding 5,000 processes' text takes longer than a frame) and each process's plan (a
 * card computes it the first time a search brings the card into view). Returns a function that
 * stops the work.
 */
export function warmBoardCaches(
  columns: ColumnIds,
  processes: Record<string, ProcessSummary>,
  planFor: ((p: ProcessSummary) => ProcessPlan) | null
): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {}
  const columnsLeft = STAGES.map((s) => columns[s])
  const ids = planFor ? STAGES.flatMap((s) => columns[s]) : []
  let next = 0
  let handle = 0
  const work = (deadline: IdleDeadline) => {
    while (columnsLeft.length > 0 && deadline.timeRemaining() > 1) textsOf(columnsLeft.shift()!, processes)
    while (columnsLeft.length === 0 && next < ids.length && deadline.timeRemaining() > 1) {
      for (const end = Math.min(ids.length, next + 50); next < end; next++) planFor!(processes[ids[next]])
    }
    if (columnsLeft.length > 0 || next < ids.length) handle = requestIdleCallback(work)
  }
  handle = requestIdleCallback(work)
  return () => cancelIdleCallback(handle)
}

/**
 * How well a process matches, best first: every word in its company or role as typed, every
 * word somewhere in its own text as typed, with a typo, or only in its notes.
 */
export const Rank = { CompanyOrRole: 0, Exact: 1, Fuzzy: 2, NotesOnly: 3 } as const
export type Rank = (typeof Rank)[keyof typeof Rank]

// One typo per word of five letters or more (a swap, a missing, extra or wrong letter: "lumne"
// finds "Lumen"); shorter words allow less, digits none. uFuzzy turns each word into one regular
// expression, run only over the texts that miss a word as typed.
const fuzzy = new uFuzzy({ intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 })
// uFuzzy splits words on anything else; such words (other scripts) are matched exactly.
const FUZZY_WORD = /^[a-z0-9']+$/

/**
 * Of the positions `at` in `texts`, those where every term matches, exactly or with one typo.
 * A term found as typed needs no typo-forgiving match, so each term's regular expression only
 * runs over the texts that miss it.
 */
function fuzzyPositions(texts: string[], terms: readonly string[], at: number[]): number[] {
  for (const term of terms) {
    if (at.length === 0) break
    const missing = at.filter((i) => !texts[i].includes(term))
    if (missing.length === 0) continue
    const near = FUZZY_WORD.test(term) ? new Set(fuzzy.filter(texts, term, missing)) : new Set<number>()
    at = at.filter((i) => near.has(i) || texts[i].includes(term))
  }
  return at
}

/**
 * Where every term is found as typed: in the company or role (before `head`; a term holds no
 * line break, so one that starts there ends there), further on, or not at all (null).
 */
function exactRank(text: string, head: number, terms: readonly string[]): Rank | null {
  let rank: Rank = Rank.CompanyOrRole
  for (let i = 0; i < terms.length; i++) {
    const at = text.indexOf(terms[i])
    if (at < 0) return null
    if (at >= head) rank = Rank.Exact
  }
  return rank
}

/**
 * The sorted columns narrowed to what the search and filters let through, each ranked (see
 * Rank) with board order kept within a rank. A column that loses nothing and keeps its order
 * comes back as the same array, so the component showing it can skip its render.
 */
export function filterColumns(
  columns: ColumnIds,
  processes: Record<string, ProcessSummary>,
  filter: BoardFilter,
  planFor: (p: ProcessSummary) => ProcessPlan
): ColumnIds {
  const out = {} as ColumnIds
  const { terms, noteMatches, dueOnly } = filter
  for (const stage of STAGES) {
    if (filter.stages.length > 0 && !filter.stages.includes(stage)) {
      out[stage] = []
      continue
    }
    const ids = columns[stage]
    if (terms.length === 0 && !dueOnly) {
      out[stage] = ids
      continue
    }
    const keep = dueOnly ? (id: string) => needsAttention(planFor(processes[id])) : null
    out[stage] = filterColumn(ids, textsOf(ids, processes), terms, noteMatches, keep)
  }
  return out
}

/** One column of filterColumns: `ids` itself when every process is kept at the top rank. */
function filterColumn(
  ids: string[],
  { texts, heads }: ColumnTexts,
  terms: readonly string[],
  noteMatches: ReadonlySet<string>,
  keep: ((id: string) => boolean) | null
): string[] {
  // Made at the first process left out or ranked lower: a keystroke that changes nothing in a
  // column (most of them) then builds no arrays for it at all.
  let ranked: string[][] | null = null
  const from = (i: number) => [ids.slice(0, i), [], [], []]
  const misses: number[] = [] // texts missing a word as typed: only these get the typo-forgiving match
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]
    const text = texts[i]
    if (!text || (keep && !keep(id))) {
      ranked ??= from(i)
      continue
    }
    const rank = terms.length > 0 ? exactRank(text, heads[i], terms) : Rank.CompanyOrRole
    if (rank === Rank.CompanyOrRole) {
      ranked?.[rank].push(id)
      continue
    }
    ranked ??= from(i)
    if (rank === null) misses.push(i)
    else ranked[rank].push(id)
  }
  if (!ranked) return ids
  if (misses.length > 0) {
    const typos = fuzzyPositions(texts, terms, misses)
    // Both lists are in board order, so one walk sorts each miss into its rank.
    for (let i = 0, t = 0; i < misses.length; i++) {
      const at = misses[i]
      while (t < typos.length && typos[t] < at) t++
      if (typos[t] === at) ranked[Rank.Fuzzy].push(ids[at])
      else if (noteMatches.has(ids[at])) ranked[Rank.NotesOnly].push(ids[at])
    }
  }
  return ranked.flat()
}
