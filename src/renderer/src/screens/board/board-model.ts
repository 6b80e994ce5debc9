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

// Each column's search texts in board order, beside its ids: a keystroke then scans plain
// arrays of strings, with no lookup per process. Keyed on the column's array, which is new
// whenever the data changes (sortedColumns runs once per change). A process missing from
// `processes` has an empty text and is skipped.
const columnTexts = new WeakMap<string[], { processes: Record<string, ProcessSummary>; texts: string[] }>()

function textsOf(ids: string[], processes: Record<string, ProcessSummary>): string[] {
  const cached = columnTexts.get(ids)
  if (cached && cached.processes === processes) return cached.texts
  const texts = ids.map((id) => (processes[id] ? searchText(processes[id]) : ''))
  columnTexts.set(ids, { processes, texts })
  return texts
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

function containsAll(text: string, terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if (!text.includes(terms[i])) return false
  return true
}

// One typo per word of five letters or more (a swap, a missing, extra or wrong letter: "lumne"
// finds "Lumen"); shorter words allow less, digits none. uFuzzy turns each word into one regular
// expression, so a keystroke costs one pass over each column's texts.
const fuzzy = new uFuzzy({ intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 })
// uFuzzy splits words on anything else; such words (other scripts) are matched exactly.
const FUZZY_WORD = /^[a-z0-9']+$/

/** Positions in `texts` where every term matches, exactly or with one typo. */
function fuzzyPositions(texts: string[], terms: readonly string[]): Set<number> {
  let at: number[] | undefined
  for (const term of terms) {
    if (FUZZY_WORD.test(term)) at = fuzzy.filter(texts, term, at) ?? []
    else at = (at ?? texts.map((_, i) => i)).filter((i) => texts[i].includes(term))
    if (at.length === 0) break
  }
  return new Set(at)
}

/** The company and role: the first two lines of a search text. */
function headOf(text: string): string {
  const cut = text.indexOf('\n', text.indexOf('\n') + 1)
  return cut < 0 ? text : text.slice(0, cut)
}

/**
 * How well a process matches, best first: every word in its company or role as typed, every
 * word somewhere in its own text as typed, with a typo, or only in its notes.
 */
export const Rank = { CompanyOrRole: 0, Exact: 1, Fuzzy: 2, NotesOnly: 3 } as const
export type Rank = (typeof Rank)[keyof typeof Rank]

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
    const texts = textsOf(ids, processes)
    const fuzzyAt = terms.length > 0 ? fuzzyPositions(texts, terms) : null
    const ranked: string[][] = [[], [], [], []]
    let inOrder = true
    let kept = 0
    for (let i = 0; i < ids.length; i++) {
      const text = texts[i]
      if (!text) continue
      const id = ids[i]
      let rank: Rank = Rank.CompanyOrRole
      if (terms.length > 0) {
        if (containsAll(text, terms)) rank = containsAll(headOf(text), terms) ? Rank.CompanyOrRole : Rank.Exact
        else if (fuzzyAt!.has(i)) rank = Rank.Fuzzy
        else if (noteMatches.has(id)) rank = Rank.NotesOnly
        else continue
      }
      if (dueOnly && !needsAttention(planFor(processes[id]))) continue
      if (rank !== Rank.CompanyOrRole) inOrder = false
      ranked[rank].push(id)
      kept++
    }
    out[stage] = kept === ids.length && inOrder ? ids : ranked.flat()
  }
  return out
}
