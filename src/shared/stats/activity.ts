import type { IsoDate } from '../dates'
import { addDays, weekday } from '../dates'
import type { ProcessSummary } from '../process-summary'

export interface ActivityDay {
  date: IsoDate
  rounds: number
  sent: number
  received: number
  total: number
  /** 0 (nothing) to 4 (the busiest day in the grid), for shading. */
  level: 0 | 1 | 2 | 3 | 4
  /** After today: part of the last week's column but not yet lived. */
  future: boolean
}

export interface ActivityCalendar {
  /** weeks[w][d]: w = 0 (oldest) … weeks−1 (the week of today); d = 0 … 6 from weekStartsOn. */
  weeks: ActivityDay[][]
  start: IsoDate
  end: IsoDate
  /** The busiest day's total (0 when the grid is empty). */
  max: number
  total: number
  activeDays: number
}

export interface ActivityOptions {
  weeks?: number
  /** 0 = Sunday (GitHub's layout), 1 = Monday. */
  weekStartsOn?: 0 | 1
}

/**
 * An activity calendar: per day, rounds held plus messages sent and received, laid out as
 * columns of whole weeks ending with the week that holds today. Days after today are in the
 * grid (so the columns stay whole) but marked future and never counted.
 */
export function activityCalendar(
  processes: readonly ProcessSummary[],
  today: IsoDate,
  options: ActivityOptions = {}
): ActivityCalendar {
  const weekCount = options.weeks ?? 12
  const weekStartsOn = options.weekStartsOn ?? 1
  const offset = (weekday(today) - weekStartsOn + 7) % 7
  const start = addDays(today, -offset - 7 * (weekCount - 1))
  const end = addDays(start, 7 * weekCount - 1)

  const byDate = new Map<IsoDate, { rounds: number; sent: number; received: number }>()
  const bump = (date: IsoDate, key: 'rounds' | 'sent' | 'received') => {
    if (date < start || date > today) return
    const day = byDate.get(date) ?? { rounds: 0, sent: 0, received: 0 }
    day[key] += 1
    byDate.set(date, day)
  }
  for (const p of processes) {
    for (const r of p.rounds) bump(r.date, 'rounds')
    for (const m of p.messages) bump(m.date, m.direction === 'sent' ? 'sent' : 'received')
  }

  let max = 0
  let total = 0
  for (const d of byDate.values()) {
    const sum = d.rounds + d.sent + d.received
    max = Math.max(max, sum)
    total += sum
  }
  const weeks: ActivityDay[][] = []
  for (let w = 0; w < weekCount; w++) {
    const column: ActivityDay[] = []
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, w * 7 + d)
      const counts = byDate.get(date) ?? { rounds: 0, sent: 0, received: 0 }
      const sum = counts.rounds + counts.sent + counts.received
      column.push({ date, ...counts, total: sum, level: level(sum, max), future: date > today })
    }
    weeks.push(column)
  }
  return { weeks, start, end, max, total, activeDays: byDate.size }
}

/** Quartiles of the busiest day, rounding up so that any activity shows. */
function level(count: number, max: number): ActivityDay['level'] {
  if (count === 0 || max === 0) return 0
  return Math.min(4, Math.ceil((4 * count) / max)) as ActivityDay['level']
}
