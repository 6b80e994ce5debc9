import { useMemo, useState } from 'react'
import { formatLongDate } from '../../locale-format'
import { agenda, STEP_LABELS, type Agenda, type AgendaEntry, type DueItem } from '../../../../shared/plan/process-plan'
import type { OfferAnswerReminder } from '../../../../shared/plan/offer-answer'
import { StepActions } from '../../components/plan/StepActions'
import { relativeDue } from '../../components/plan/plan-dates'
import { exportFollowUpsIcs } from '../../components/plan/export-ics'
import { useApp } from '../../store'
import { planNow } from '../../plan-now'
import '../../components/controls.css'
import './agenda.css'

const AHEAD_DAYS = 14

const SECTIONS: { id: keyof Agenda; title: string }[] = [
  { id: 'overdue', title: 'Overdue' },
  { id: 'today', title: 'Due today' },
  { id: 'upcoming', title: `Next ${AHEAD_DAYS} days` }
]

/** What needs doing across every process: overdue first, then today, then the next two weeks. */
export function AgendaScreen() {
  const processes = useApp((s) => s.processes)
  const settings = useApp((s) => s.settings)
  const today = useApp((s) => s.info?.today)
  const [exporting, setExporting] = useState(false)

  const list = useMemo(() => Object.values(processes), [processes])
  const result = useMemo((): Agenda | string | null => {
    if (!settings || !today) return null
    try {
      return agenda(list, settings, planNow(today), AHEAD_DAYS)
    } catch (err) {
      // An unknown country code from an old settings file must not take the screen down.
      return err instanceof Error ? err.message : String(err)
    }
  }, [list, settings, today])

  const exportAll = async () => {
    if (!settings || !today) return
    setExporting(true)
    await exportFollowUpsIcs(list, settings, today, 'afterview-follow-ups.ics')
    setExporting(false)
  }

  const total = result && typeof result !== 'string' ? result.overdue.length + result.today.length + result.upcoming.length : 0

  return (
    <div className="screen agenda-screen">
      <header className="screen-header">
        <div className="agenda-title">
          <h1>Agenda</h1>
          {today && <p className="subtle">{formatLongDate(today)} · follow-ups across all your interviews</p>}
        </div>
        <span className="spacer" />
        <button type="button" className="btn" onClick={exportAll} disabled={exporting || typeof result === 'string' || !result}>
          Export follow-ups to calendar (.ics)
        </button>
      </header>
      {typeof result === 'string' ? (
        <p className="panel field-error" role="alert">
          The follow-up plan could not be worked out ({result}). Check the country in Settings.
        </p>
      ) : !result || !today ? null : total === 0 ? (
        <div className="empty agenda-empty" role="status">
          <h2>Nothing due — you're on top of it</h2>
          <p className="muted">Follow-ups due in the next {AHEAD_DAYS} days show up here, overdue ones first.</p>
        </div>
      ) : (
        SECTIONS.filter((s) => result[s.id].length > 0).map((s) => (
          <section key={s.id} className={`agenda-section agenda-${s.id}`} aria-labelledby={`agenda-${s.id}`}>
            <h2 id={`agenda-${s.id}`} className="agenda-heading">
              {s.title} <span className="agenda-count">{result[s.id].length}</span>
            </h2>
            <ul className="agenda-list">
              {result[s.id].map((item: AgendaEntry) =>
                item.kind === 'offer-answer' ? (
                  <OfferItem key={item.key} item={item} today={today} />
                ) : (
                  <AgendaItem key={item.key} item={item} today={today} />
                )
              )}
            </ul>
          </section>
        ))
      )}
    </div>
  )
}

function AgendaItem({ item, today }: { item: DueItem; today: string }) {
  const process = useApp((s) => s.processes[item.processId])
  const navigate = useApp((s) => s.navigate)
  if (!process) return null
  // A thank-you past its day is still on time within its 48 hours: only `overdue` says late.
  const when = relativeDue(item.due, today, item.overdue)
  const tone = item.overdue ? 'badge-danger' : item.due <= today ? 'badge-warn' : 'badge-accent'
  const label = STEP_LABELS[item.kind]
  return (
    <li className={`agenda-item card ${item.overdue ? 'overdue' : ''}`}>
      <div className="agenda-item-main">
        <div className="agenda-item-top">
          <span className="agenda-step">{label}</span>
          <span className={`badge ${tone}`}>{when}</span>
          {item.snoozedUntil && <span className="badge">Snoozed until {formatLongDate(item.snoozedUntil)}</span>}
        </div>
        <div className="agenda-who">
          <button type="button" className="link-btn agenda-company user-text" onClick={() => navigate({ name: 'process', id: process.id })}>
            {process.company}
          </button>
          <span className="user-text clamp-1">
            {process.role}
            {item.person && ` · ${item.person}`}
          </span>
        </div>
        <p className="subtle">
          Due <time dateTime={item.due}>{formatLongDate(item.due)}</time>
        </p>
      </div>
      <StepActions process={process} step={{ roundId: item.roundId, kind: item.kind }} context={`${label}, ${process.company}`} />
    </li>
  )
}

/** A live offer's answer-by date: no follow-up to send, a decision to make (docs/design.md, Offers). */
function OfferItem({ item, today }: { item: OfferAnswerReminder; today: string }) {
  const process = useApp((s) => s.processes[item.processId])
  const navigate = useApp((s) => s.navigate)
  if (!process) return null
  const when = relativeDue(item.due, today, item.overdue)
  const tone = item.overdue ? 'badge-danger' : item.due <= today ? 'badge-warn' : 'badge-accent'
  return (
    <li className={`agenda-item card ${item.overdue ? 'overdue' : ''}`}>
      <div className="agenda-item-main">
        <div className="agenda-item-top">
          <span className="agenda-step">Offer answer due</span>
          <span className={`badge ${tone}`}>{when}</span>
        </div>
        <div className="agenda-who">
          <button type="button" className="link-btn agenda-company user-text" onClick={() => navigate({ name: 'process', id: process.id })}>
            {process.company}
          </button>
          <span className="user-text clamp-1">
            {process.role}
            {item.person && ` · ${item.person}`}
          </span>
        </div>
        <p className="subtle">
          Answer by <time dateTime={item.due}>{formatLongDate(item.due)}</time>
        </p>
      </div>
      <button type="button" className="btn btn-sm" onClick={() => navigate({ name: 'process', id: process.id })}>
        Open the offer
      </button>
    </li>
  )
}

