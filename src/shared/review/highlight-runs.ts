// The notes cut into runs of text, each run knowing which points' source words it belongs to,
// so the review screen can colour them as plain text spans (never HTML).

export interface HighlightSpan {
  id: string
  start: number
  end: number
}

export interface HighlightRun {
  start: number
  end: number
  /** Points covering this run, innermost (shortest) last. */
  ids: string[]
}

export function highlightRuns(length: number, spans: readonly HighlightSpan[]): HighlightRun[] {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end <= length && s.end > s.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start))
  const cuts = new Set([0, length])
  for (const s of valid) {
    cuts.add(s.start)
    cuts.add(s.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const runs: HighlightRun[] = []
  // Spans are few (a note has tens of points), so a scan per run is cheap and simple.
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    if (end <= start) continue
    const ids = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id)
    const last = runs[runs.length - 1]
    if (last && last.ids.length === 0 && ids.length === 0) last.end = end
    else runs.push({ start, end, ids })
  }
  return runs
}
