import { useMemo, useState } from 'react'
import { formatLongDate } from '../../locale-format'
import { agenda, STEP_LABELS, type Agenda, type AgendaEntry } from '../../../../shared/plan/process-plan'
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
              {result[s.id].map((item) => (
                <AgendaItem key={item.key} item={item} today={today} />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  )
}

/** A follow-up step with its actions, or a live offer's answer-by date with a way to the offer. */
function AgendaItem({ item, today }: { item: AgendaEntry; today: string }) {
  const process = useApp((s) => s.processes[item.processId])
  const navigate = useApp((s) => s.navigate)
  if (!process) return null
  // A thank-you past its day is still on time within its 48 hours: only `overdue` says late.
  const when = relativeDue(item.due, today, item.overdue)
  const tone = item.overdue ? 'badge-danger' : item.due <= today ? 'badge-warn' : 'badge-accent'
  const label = item.kind === 'offer-answer' ? 'Offer answer due' : STEP_LABELS[item.kind]
  const open = () => navigate({ name: 'process', id: process.id })
  return (
    <li className={`agenda-item card ${item.overdue ? 'overdue' : ''}`}>
      <div className="agenda-item-main">
        <div className="agenda-item-top">
          <span className="agenda-step">{label}</span>
          <span className={`badge ${tone}`}>{when}</span>
          {item.kind !== 'offer-answer' && item.snoozedUntil && (
            <span className="badge">Snoozed until {formatLongDate(item.snoozedUntil)}</span>
          )}
        </div>
        <div className="agenda-who">
          <button type="button" className="link-btn agenda-company user-text" onClick={open}>
            {process.company}
          </button>
          <span className="user-text clamp-1">
            {process.role}
            {item.person && ` · ${item.person}`}
          </span>
        </div>
        <p className="subtle">
          {item.kind === 'offer-answer' ? 'Answer by' : 'Due'} <time dateTime={item.due}>{formatLongDate(item.due)}</time>
        </p>
      </div>
      {item.kind === 'offer-answer' ? (
        // An offer has no follow-up to send, only a decision to make (docs/design.md, Offers).
        <button type="button" className="btn btn-sm" onClick={open}>
          Open the offer
        </button>
      ) : (
        <StepActions process={process} step={{ roundId: item.roundId, kind: item.kind }} context={`${label}, ${process.company}`} />
      )}
    </li>
  )
}
