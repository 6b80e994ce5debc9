import type { ReactNode } from 'react'

// Small shared pieces for the hand-drawn SVG charts: a panel frame, tick maths and number text.

export function ChartPanel(props: { id: string; title: string; description: string; empty?: string | null; children: ReactNode; wide?: boolean }) {
  const { id, title, description, empty, children, wide } = props
  return (
    <section className={`panel chart-panel${wide ? ' chart-wide' : ''}`} aria-labelledby={`${id}-title`}>
      <header className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="subtle">{description}</p>
      </header>
      {empty ? <p className="chart-empty">{empty}</p> : children}
    </section>
  )
}

/** Round ticks from 0 that reach at least max (1, 2 or 5 times a power of ten apart). */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1]
  const raw = max / target
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  // Whole numbers only: these are counts of days and messages.
  const whole = Math.max(1, Math.round(step))
  const ticks: number[] = []
  for (let t = 0; t < max + whole; t += whole) ticks.push(t)
  return ticks
}

export const percent = (rate: number) => `${Math.round(rate * 100)}%`

/** 1 decimal at most, without a trailing ".0". */
export const decimal = (n: number) => String(Math.round(n * 10) / 10)

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
