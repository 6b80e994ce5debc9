import { useMemo } from 'react'
import { localIsoDate } from '../../../../shared/dates'
import { formatLongDate } from '../../locale-format'
import { MIN_INTERVIEWED, searchStats, type SearchStats } from '../../../../shared/stats'
import { useApp } from '../../store'
import { ActivityHeatmap, HeatLegend } from './ActivityHeatmap'
import { ChartPanel, decimal, percent, plural } from './chart-kit'
import { FollowUpsChart } from './FollowUpsChart'
import { FunnelChart } from './FunnelChart'
import { ReplyTimeChart } from './ReplyTimeChart'
import { ResponseRateChart } from './ResponseRateChart'
import './stats.css'

export function StatsScreen() {
  const processes = useApp((s) => s.processes)
  // The main process decides what "today" is (the harness can pin it); the clock is a fallback.
  const today = useApp((s) => s.info?.today) ?? localIsoDate(new Date())
  const stats = useMemo(() => searchStats(Object.values(processes), today), [processes, today])

  return (
    <div className="screen stats">
      <header className="screen-header">
        <h1>Insights</h1>
        <span className="subtle">
          {plural(Object.keys(processes).length, 'process', 'processes')} · as of {formatLongDate(today)}
        </span>
      </header>
      {stats.interviewed < MIN_INTERVIEWED ? (
        <div className="panel empty stats-empty">
          <p className="stats-empty-title">Log a few interviews and replies to see patterns here</p>
          <p className="subtle">
            Insights start once {MIN_INTERVIEWED} interviews have taken place. Record the replies you get on each process so
            the response rate and time to reply mean something.
          </p>
        </div>
      ) : (
        <StatsBody stats={stats} />
      )}
    </div>
  )
}

function StatsBody({ stats }: { stats: SearchStats }) {
  const interviewedRow = stats.responseRate[0]
  const offers = stats.funnel.steps.find((s) => s.step === 'offer')!.count
  const followUps = stats.followUps.reduce((n, g) => n + g.total, 0)
  const anyFollowUp = followUps > 0
  return (
    <>
      <dl className="stat-tiles">
        <Tile label="Interviewed" value={String(stats.interviewed)} />
        <Tile
          label="Heard back"
          value={interviewedRow.rate === null ? '—' : percent(interviewedRow.rate)}
          note={`${interviewedRow.replied} of ${interviewedRow.reached}`}
        />
        <Tile label="Median days to reply" value={stats.replyTimes.spread ? decimal(stats.replyTimes.spread.median) : '—'} />
        <Tile label="Offers" value={String(offers)} />
        <Tile label="Follow-ups sent" value={String(followUps)} />
      </dl>
      <div className="stats-grid">
        <ChartPanel
          id="response-rate"
          title="Response rate by stage"
          description="Of the processes that reached each stage, how many heard back after an interview."
        >
          <ResponseRateChart rows={stats.responseRate} />
        </ChartPanel>
        <ChartPanel
          id="reply-time"
          title="Days from interview to reply"
          description="Each dot is an interview that got a reply; the box holds the middle half, the line is the median."
          empty={stats.replyTimes.spread ? null : 'No replies logged yet. Add the messages you receive to a process to see how long employers take.'}
        >
          <ReplyTimeChart data={stats.replyTimes} />
        </ChartPanel>
        <ChartPanel id="funnel" title="Outcomes funnel" description="How far your processes got, and how many made it from each step to the next.">
          <FunnelChart funnel={stats.funnel} />
        </ChartPanel>
        <ChartPanel
          id="follow-ups"
          title="Follow-ups sent per outcome"
          description="Status checks, second and final follow-ups (not thank-yous), by how the process ended."
          empty={anyFollowUp ? null : 'No follow-ups sent yet.'}
        >
          <FollowUpsChart groups={stats.followUps} />
        </ChartPanel>
        <ChartPanel
          id="activity"
          wide
          title="Activity, last 12 weeks"
          description="Interviews held plus messages sent and received, per day."
        >
          <div className="activity-row">
            <ActivityHeatmap calendar={stats.activity} />
            <div className="activity-facts">
              <p>
                <strong>{stats.activity.total}</strong> {stats.activity.total === 1 ? 'event' : 'events'} on{' '}
                {plural(stats.activity.activeDays, 'day')}
              </p>
              <p className="subtle">{activityBreakdown(stats)}</p>
              <HeatLegend />
            </div>
          </div>
        </ChartPanel>
      </div>
    </>
  )
}

function activityBreakdown(stats: SearchStats): string {
  const days = stats.activity.weeks.flat()
  const sum = (key: 'rounds' | 'sent' | 'received') => days.reduce((n, d) => n + d[key], 0)
  return `${plural(sum('rounds'), 'interview')} · ${sum('sent')} sent · ${sum('received')} received`
}

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="stat-tile">
      <dt>{label}</dt>
      <dd>
        {value}
        {note && <span className="subtle"> {note}</span>}
      </dd>
    </div>
  )
}
