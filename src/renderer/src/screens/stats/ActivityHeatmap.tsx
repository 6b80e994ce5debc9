import type { ActivityCalendar, ActivityDay } from '../../../../shared/stats'
import { weekday } from '../../../../shared/dates'
import { formatShortDate } from '../../locale-format'
import { plural } from './chart-kit'

const CELL = 18
const GAP = 4
const LEFT = 34
const TOP = 18
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function describe(day: ActivityDay): string {
  const when = `${DAY_NAMES[weekday(day.date)]}, ${formatShortDate(day.date)}`
  if (day.total === 0) return `${when}: nothing`
  const parts = [day.rounds && plural(day.rounds, 'interview'), day.sent && `${day.sent} sent`, day.received && `${day.received} received`]
  return `${when}: ${parts.filter(Boolean).join(', ')}`
}

/** GitHub-style: one column per week, one row per weekday, shaded by how busy the day was. */
export function ActivityHeatmap({ calendar }: { calendar: ActivityCalendar }) {
  const weeks = calendar.weeks
  const width = LEFT + weeks.length * (CELL + GAP)
  const height = TOP + 7 * (CELL + GAP)
  const firstRowDay = weekday(weeks[0][0].date)
  const monthOf = (w: number) => Number(weeks[w][0].date.slice(5, 7)) - 1
  // A month is labelled over the first column that starts in it; the first column only when
  // the next label is far enough away not to collide.
  const monthLabels = weeks
    .map((_, w) => w)
    .filter((w) => (w === 0 ? monthOf(1) === monthOf(0) && monthOf(2) === monthOf(0) : monthOf(w) !== monthOf(w - 1)))
  const busiest = weeks.flat().find((d) => d.total === calendar.max && d.total > 0)
  const summary =
    calendar.total === 0
      ? 'No activity in the last 12 weeks.'
      : `Activity over the last ${weeks.length} weeks: ${calendar.total} events on ${plural(calendar.activeDays, 'day')}; busiest ${describe(busiest!)}.`
  return (
    <svg className="chart heatmap" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
      {monthLabels.map((w) => (
        <text key={w} className="chart-tick" x={LEFT + w * (CELL + GAP)} y={11}>
          {MONTHS[monthOf(w)]}
        </text>
      ))}
      {[0, 1, 2, 3, 4, 5, 6].filter((row) => [1, 3, 5].includes((firstRowDay + row) % 7)).map((row) => (
        <text key={row} className="chart-tick" x={LEFT - 6} y={TOP + row * (CELL + GAP) + CELL - 3} textAnchor="end">
          {DAY_NAMES[(firstRowDay + row) % 7]}
        </text>
      ))}
      {weeks.map((week, w) =>
        week.map((day, d) =>
          day.future ? null : (
            <rect
              key={day.date}
              className={`heat heat-${day.level}`}
              x={LEFT + w * (CELL + GAP)}
              y={TOP + d * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={3}
            >
              <title>{describe(day)}</title>
            </rect>
          )
        )
      )}
    </svg>
  )
}

export function HeatLegend() {
  return (
    <div className="chart-legend" aria-hidden="true">
      <span>Less</span>
      {[0, 1, 2, 3, 4].map((l) => (
        <span key={l} className={`heat-swatch heat-${l}`} />
      ))}
      <span>More</span>
    </div>
  )
}
