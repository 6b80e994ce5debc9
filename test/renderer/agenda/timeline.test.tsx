// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEFAULT_SETTINGS } from '../../../src/shared/model'
import { planForProcess } from '../../../src/shared/plan/process-plan'
import { Timeline } from '../../../src/renderer/src/components/plan/Timeline'
import { LAYOUT, layoutTimeline, timelineEntries } from '../../../src/renderer/src/components/plan/timeline-model'
import { ProcessPlanPanel } from '../../../src/renderer/src/screens/process/ProcessPlanPanel'
import { installBridge, person, process, received, round, seedStore, sent, TODAY, type Bridge } from './fixtures'

function twoRounds() {
  const dana = person('Dana Ruiz')
  return process('Northwind', {
    id: 'northwind',
    rounds: [round('2026-06-22', 'Phone screen', { format: 'phone' }), round('2026-07-01', 'On-site loop', { format: 'onsite' })],
    people: [dana],
    mainContactId: dana.id,
    // "By Monday" (07-06): the status check falls due Tue 07-07.
    decisionBy: '2026-07-06',
    decisionPhrase: 'we will decide by Monday',
    messages: [received('2026-06-24', { situation: 'scheduling', personId: dana.id }), sent('thank-you', '2026-07-02', { personId: dana.id })]
  })
}

const plan = (p: ReturnType<typeof process>) => planForProcess(p, DEFAULT_SETTINGS, TODAY)

let bridge: Bridge
beforeEach(() => {
  bridge = installBridge()
})
afterEach(cleanup)

describe('Timeline picture', () => {
  it('draws rounds, messages both ways, the decision date and the steps ahead with distinct markers', () => {
    const p = twoRounds()
    const { container } = render(<Timeline process={p} plan={plan(p)} today={TODAY} />)
    const svg = screen.getByRole('img')
    expect(svg.tagName.toLowerCase()).toBe('svg')
    const count = (selector: string) => svg.querySelectorAll(selector).length
    expect(count('rect.tl-round')).toBe(2)
    expect(count('circle.tl-sent')).toBe(1)
    expect(count('polygon.tl-received')).toBe(1)
    expect(count('path.tl-decision')).toBe(1)
    expect(count('circle.tl-overdue')).toBe(1)
    expect(count('circle.tl-planned')).toBe(3)
    expect(count('line.tl-today')).toBe(1)

    const rows = [...svg.querySelectorAll('g.tl-row')].map((g) => g.querySelector('.tl-label')!.textContent)
    expect(rows).toEqual(['Phone screen', 'Scheduling', 'On-site loop', 'Thank-you', 'Decision expected', 'Status check', 'Second follow-up', 'Final follow-up', 'Time to move on?'])
    const next = svg.querySelector('g.tl-row-overdue')!
    expect(next.querySelector('.tl-detail')!.textContent).toBe('Next · 3 days overdue')
    expect(svg.querySelector('g.tl-row-received .tl-detail')!.textContent).toBe('Received · Email · from Dana Ruiz')
    expect(svg.getAttribute('aria-label')).toBe(
      'Timeline of Northwind, Data Analyst: 2 interview rounds, 1 message sent, 1 received; decision expected by Monday, July 6; ' +
        'next: Status check 3 days overdue, Tuesday, July 7; then 3 more steps planned.'
    )
    expect([...container.querySelectorAll('.tl-legend li')].map((li) => li.textContent)).toEqual(['Interview', 'Sent', 'Received', 'Decision date', 'Overdue', 'Planned'])
  })

  it('puts dates in order down the axis with today between the past and the plan', () => {
    const p = twoRounds()
    render(<Timeline process={p} plan={plan(p)} today={TODAY} />)
    const svg = screen.getByRole('img')
    const ys = [...svg.querySelectorAll('g.tl-row .tl-label')].map((t) => Number(t.getAttribute('y')))
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    const todayY = Number(svg.querySelector('line.tl-today')!.getAttribute('y1'))
    const statusCheckY = Number(svg.querySelector('g.tl-row-overdue .tl-label')!.getAttribute('y'))
    const secondY = Number(svg.querySelectorAll('g.tl-row-planned .tl-label')[0].getAttribute('y'))
    expect(statusCheckY).toBeLessThan(todayY)
    expect(secondY).toBeGreaterThan(todayY)
    const datesDown = [...svg.querySelectorAll('.tl-date')].sort((a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')))
    expect(datesDown.map((t) => t.textContent)).toEqual(['Jun 22', 'Jun 24', 'Jul 1', 'Jul 2', 'Jul 6', 'Jul 7', 'Today', 'Jul 14', 'Jul 28', 'Aug 11'])
  })

  it('handles a single round', () => {
    const p = process('Solo', { stage: 'scheduled', rounds: [round('2026-07-20', 'First chat')] })
    render(<Timeline process={p} plan={null} today={TODAY} />)
    const svg = screen.getByRole('img')
    expect(svg.querySelectorAll('g.tl-row')).toHaveLength(1)
    expect(svg.getAttribute('aria-label')).toBe('Timeline of Solo, Data Analyst: 1 interview round, 0 messages sent, 0 received.')
    expect(Number(svg.getAttribute('height'))).toBeLessThan(200)
  })

  it('keeps forty items a row apart and cuts long labels to the width', () => {
    const messages = Array.from({ length: 38 }, (_, i) =>
      i % 3 === 0 ? received(`2026-06-${String(10 + Math.floor(i / 4)).padStart(2, '0')}`) : sent(null, `2026-06-${String(10 + Math.floor(i / 4)).padStart(2, '0')}`)
    )
    const p = process('Busy', { rounds: [round('2026-06-08', 'x'.repeat(300)), round('2026-06-09')], messages })
    const entries = timelineEntries(p, plan(p), TODAY)
    expect(entries.length).toBeGreaterThanOrEqual(40)
    const layout = layoutTimeline(entries, TODAY)
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i].y - layout.rows[i - 1].y).toBeGreaterThanOrEqual(LAYOUT.rowHeight)
    expect(layout.rows.at(-1)!.y).toBeLessThan(layout.height)

    render(<Timeline process={p} plan={plan(p)} today={TODAY} />)
    const first = screen.getByRole('img').querySelector('g.tl-row .tl-label')!.textContent!
    expect(first.endsWith('…')).toBe(true)
    expect(first.length).toBeLessThan(40)
  })
})

describe('Process plan panel', () => {
  it('shows the next step with its actions, every step, the timeline, and exports this process', async () => {
    const p = twoRounds()
    seedStore([p])
    render(<ProcessPlanPanel process={p} />)
    const panel = screen.getByRole('region', { name: 'Follow-up plan' })
    expect(within(panel).getByText('Overdue by 3 days').className).toContain('badge-danger')
    expect(within(panel).getByRole('group', { name: 'Actions for Status check' })).toBeTruthy()
    const steps = within(within(panel).getByRole('list', { name: 'Follow-up steps' })).getAllByRole('listitem')
    expect(steps.map((li) => li.textContent)).toEqual([
      'Thank-youSent Jul 2',
      'Status checkOverdue since Jul 7',
      'Second follow-upProjected Jul 14',
      'Final follow-upProjected Jul 28',
      'Time to move on?Projected Aug 11'
    ])
    expect(within(panel).getByRole('img').getAttribute('aria-label')).toMatch(/^Timeline of Northwind/)

    await userEvent.setup().click(within(panel).getByRole('button', { name: 'Export to calendar (.ics)' }))
    await waitFor(() => expect(bridge.callsTo('file.save')).toHaveLength(1))
    const [save] = bridge.callsTo('file.save')
    expect(save.suggestedName).toBe('afterview-northwind-data-analyst.ics')
    expect(save.content.match(/BEGIN:VEVENT/g)).toHaveLength(4)
  })

  it('after "they replied" shows the chain stopped and no actions', async () => {
    const p = twoRounds()
    p.messages.push(received('2026-07-09'))
    seedStore([p])
    render(<ProcessPlanPanel process={p} />)
    expect(screen.getByText('They replied: nothing to chase until you act.')).toBeTruthy()
    expect(screen.queryByRole('group')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Export to calendar (.ics)' })).toBeNull()
  })
})
