import { latestRound, STAGES, type Process, type Round, type Stage } from '../../../../shared/model'
import { planForProcess, type PlanSettings, type ProcessPlan } from '../../../../shared/plan/process-plan'

// What the board shows, computed so that 5,000 processes stay fast: everything per process is
// cached on the process object itself (a changed process is a new object, so the cache can
// never go stale), columns are sorted once per data change, and a search keystroke only filters
// the already sorted lists.

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

const searchTexts = new WeakMap<Process, string>()

/** Company, role, people (names and titles) and round labels: what the board searches itself. */
export function searchText(p: Process): string {
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

export function matchesTerms(p: Process, terms: readonly string[]): boolean {
  if (terms.length === 0) return true
  const text = searchText(p)
  return terms.every((t) => text.includes(t))
}

const latestRounds = new WeakMap<Process, Round | null>()

export function cachedLatestRound(p: Process): Round | null {
  let r = latestRounds.get(p)
  if (r === undefined) {
    r = latestRound(p)
    latestRounds.set(p, r)
  }
  return r
}

// One cache per (settings, today): plans depend on both, and both change rarely.
let planCacheKey = ''
let planCache = new WeakMap<Process, ProcessPlan>()

const stoppedPlan = (p: Process): ProcessPlan => ({
  processId: p.id,
  roundId: null,
  roundDate: null,
  next: null,
  steps: [],
  overdue: false,
  dueToday: false
})

export function cachedPlan(p: Process, settings: PlanSettings, today: string): ProcessPlan {
  const key = `${settings.country}|${settings.region}|${JSON.stringify(settings.policy)}|${today}`
  if (key !== planCacheKey) {
    planCacheKey = key
    planCache = new WeakMap()
  }
  let plan = planCache.get(p)
  if (!plan) {
    try {
      plan = planForProcess(p, settings, today)
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
export function sortedColumns(processes: Record<string, Process>): ColumnIds {
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

/** The sorted columns narrowed to what the search and filters let through. */
export function filterColumns(
  columns: ColumnIds,
  processes: Record<string, Process>,
  filter: BoardFilter,
  planFor: (p: Process) => ProcessPlan
): ColumnIds {
  const out = {} as ColumnIds
  for (const stage of STAGES) {
    if (filter.stages.length > 0 && !filter.stages.includes(stage)) {
      out[stage] = []
      continue
    }
    if (filter.terms.length === 0 && !filter.dueOnly) {
      out[stage] = columns[stage]
      continue
    }
    out[stage] = columns[stage].filter((id) => {
      const p = processes[id]
      if (!p) return false
      if (filter.terms.length > 0 && !filter.noteMatches.has(id) && !matchesTerms(p, filter.terms)) return false
      return !filter.dueOnly || needsAttention(planFor(p))
    })
  }
  return out
}
