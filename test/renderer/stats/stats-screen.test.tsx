// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import type { Process } from '../../../src/shared/model'
import { StatsScreen } from '../../../src/renderer/src/screens/stats/StatsScreen'
import { useApp } from '../../../src/renderer/src/store'
import { TODAY, pipeline, proc, round, sent } from '../../shared/stats/fixtures'

function seed(list: Process[]) {
  const processes = Object.fromEntries(list.map((p) => [p.id, p]))
  useApp.setState({
    processes,
    info: { version: '0.0.0', platform: 'web', dataDir: '/tmp', readOnly: false, today: TODAY, notices: [] },
    loaded: true
  })
}

afterEach(cleanup)

describe('Insights screen', () => {
  it('shows the empty state without data', () => {
    seed([])
    render(<StatsScreen />)
    expect(screen.getByText('Log a few interviews and replies to see patterns here')).toBeTruthy()
    expect(screen.queryAllByRole('img')).toHaveLength(0)
  })

  it('still shows the empty state with a single interview', () => {
    seed([proc('solo', { rounds: [round('2026-03-01')] })])
    render(<StatsScreen />)
    expect(screen.getByText('Log a few interviews and replies to see patterns here')).toBeTruthy()
  })

  it('draws every chart with a description of its data', () => {
    seed(pipeline())
    render(<StatsScreen />)
    const region = (name: RegExp) => screen.getByRole('region', { name })
    const chart = (name: RegExp) => within(region(name)).getByRole('img')

    // A B C E interviewed and A C E heard back (see the shared fixtures).
    expect(chart(/response rate by stage/i).getAttribute('aria-label')).toContain('Interviewed: 75% (3 of 4)')
    expect(chart(/response rate by stage/i).getAttribute('aria-label')).toContain('Following up: 0% (0 of 1)')
    expect(chart(/days from interview to reply/i).getAttribute('aria-label')).toContain('median 7 days')
    expect(region(/days from interview to reply/i).querySelectorAll('circle')).toHaveLength(3)
    expect(chart(/outcomes funnel/i).getAttribute('aria-label')).toContain('Interviewed: 4 (80% of the step before)')
    expect(within(region(/outcomes funnel/i)).getByText('1 rejected')).toBeTruthy()
    expect(chart(/follow-ups sent per outcome/i).getAttribute('aria-label')).toContain('Still open (4 processes): 0.3 follow-ups on average')
    // 12 weeks from Monday 2025-12-29 to today (Wednesday): 11 whole weeks and three days.
    expect(region(/activity/i).querySelectorAll('rect.heat')).toHaveLength(11 * 7 + 3)
    expect(chart(/activity/i).getAttribute('aria-label')).toMatch(/^Activity over the last 12 weeks: \d+ events/)
  })

  it('says so in a chart when its data is missing', () => {
    const quiet = [
      proc('a', { stage: 'waiting', rounds: [round('2026-03-01')], messages: [sent('2026-03-02', 'thank-you')] }),
      proc('b', { stage: 'interviewed', rounds: [round('2026-03-10')] })
    ]
    seed(quiet)
    render(<StatsScreen />)
    expect(screen.getByText(/No replies logged yet/)).toBeTruthy()
    expect(screen.getByText('No follow-ups sent yet.')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: /response rate/i })).getByRole('img').getAttribute('aria-label')).toContain('Offer: no process yet')
  })
})
