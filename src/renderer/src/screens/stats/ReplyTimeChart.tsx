import type { ReplyTimes } from '../../../../shared/stats'
import { decimal, niceTicks, plural } from './chart-kit'

const WIDTH = 440
const LEFT = 16
const RIGHT = 16
const HEIGHT = 128
const MID = 46

/** A box plot (quartiles, median, whiskers to min and max) over a strip of every reply. */
export function ReplyTimeChart({ data }: { data: ReplyTimes }) {
  const s = data.spread
  if (!s) return null
  const ticks = niceTicks(s.max)
  const top = ticks[ticks.length - 1]
  const plot = WIDTH - LEFT - RIGHT
  const x = (days: number) => LEFT + (days / top) * plot
  // Equal values stack over three lanes so a pile-up still shows its size.
  const seen = new Map<number, number>()
  const lanes = data.samples.map((sample) => {
    const k = seen.get(sample.days) ?? 0
    seen.set(sample.days, k + 1)
    return k % 3
  })
  const days = (n: number) => `${decimal(n)} ${n === 1 ? 'day' : 'days'}`
  const label =
    `Days from interview to reply, ${plural(data.samples.length, 'reply', 'replies')}: ` +
    `median ${days(s.median)}, middle half ${decimal(s.p25)} to ${days(s.p75)}, fastest ${days(s.min)}, slowest ${days(s.max)}.`
  return (
    <figure className="chart-figure">
      <svg className="chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {ticks.map((t) => (
          <g key={t}>
            <line className="chart-grid" x1={x(t)} x2={x(t)} y1={10} y2={88} />
            <text className="chart-tick" x={x(t)} y={102} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        <text className="chart-axis-label" x={LEFT + plot / 2} y={HEIGHT - 4} textAnchor="middle">
          days after the interview
        </text>
        <line className="chart-whisker" x1={x(s.min)} x2={x(s.max)} y1={MID} y2={MID} />
        <line className="chart-whisker" x1={x(s.min)} x2={x(s.min)} y1={MID - 8} y2={MID + 8} />
        <line className="chart-whisker" x1={x(s.max)} x2={x(s.max)} y1={MID - 8} y2={MID + 8} />
        <rect className="chart-box" x={x(s.p25)} y={MID - 16} width={Math.max(2, x(s.p75) - x(s.p25))} height={32} rx={3} />
        <line className="chart-median" x1={x(s.median)} x2={x(s.median)} y1={MID - 16} y2={MID + 16} />
        {data.samples.map((sample, i) => (
          <circle key={`${sample.processId}-${sample.roundId}`} className="chart-dot" cx={x(sample.days)} cy={MID + 24 + lanes[i] * 7} r={3} />
        ))}
      </svg>
      <figcaption className="chart-facts">
        <span>
          <strong>{days(s.median)}</strong> median
        </span>
        <span>
          {decimal(s.p25)}–{days(s.p75)} middle half
        </span>
        <span>
          {decimal(s.min)}–{days(s.max)} range
        </span>
        <span>{plural(data.samples.length, 'reply', 'replies')}</span>
        {data.unanswered > 0 && <span>{plural(data.unanswered, 'interview')} still without a reply</span>}
      </figcaption>
    </figure>
  )
}
