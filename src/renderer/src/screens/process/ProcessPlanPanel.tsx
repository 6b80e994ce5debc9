import { useMemo } from 'react'
import type { Process } from '../../../../shared/model'
import { daysBetween, formatLongDate } from '../../../../shared/dates'
import { planForProcess, STEP_LABELS, type ProcessPlan } from '../../../../shared/plan/process-plan'
import { useApp } from '../../store'

const STOPPED_TEXT: Record<NonNullable<ProcessPlan['stopped']>, string> = {
  offer: 'An offer is on the table: no more follow-ups to plan.',
  closed: 'This process is closed: nothing left to chase.',
  replied: 'They replied: nothing to chase until you act.',
  'no-rounds': 'Add a round and the follow-up plan starts from its date.'
}

function dueText(due: string, today: string): string {
  const days = daysBetween(today, due)
  if (days === 0) return 'Due today'
  if (days === 1) return 'Due tomorrow'
  if (days < 0) return `Overdue by ${-days} day${days === -1 ? '' : 's'}`
  return `Due in ${days} days`
}

/** The next follow-up and the whole timeline of this process's latest round. */
export function ProcessPlanPanel({ process }: { process: Process }) {
  const settings = useApp((s) => s.settings)
  const today = useApp((s) => s.info?.today)
  const plan = useMemo(() => {
    if (!settings || !today) return null
    try {
      return planForProcess(process, settings, today)
    } catch {
      // A country code date-holidays does not know must not take the screen down.
      return null
    }
  }, [process, settings, today])

  return (
    <section className="panel side-panel plan-panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="panel-title">
        Follow-up plan
      </h2>
      {!plan || !today ? (
        <p className="subtle">The plan could not be worked out; check the country in Settings.</p>
      ) : (
        <>
          {plan.next ? (
            <div className={`plan-next ${plan.overdue ? 'overdue' : plan.dueToday ? 'today' : ''}`}>
              <span className="plan-next-kind">{STEP_LABELS[plan.next.kind]}</span>
              <span className="plan-next-due">
                <time dateTime={plan.next.due}>{formatLongDate(plan.next.due)}</time>
              </span>
              <span className={`badge ${plan.overdue ? 'badge-danger' : plan.dueToday ? 'badge-warn' : 'badge-accent'}`}>{dueText(plan.next.due, today)}</span>
              {plan.snoozedUntil && <span className="subtle">Reminder snoozed until {formatLongDate(plan.snoozedUntil)}</span>}
            </div>
          ) : (
            <p className="subtle">{plan.stopped ? STOPPED_TEXT[plan.stopped] : 'Nothing left to chase.'}</p>
          )}
          {plan.steps.length > 0 && (
            <ol className="timeline" aria-label="Timeline">
              {plan.steps.map((s) => {
                const state = s.skipped ? 'skipped' : s.sentOn ? 'done' : plan.next?.kind === s.kind ? 'next' : 'later'
                return (
                  <li key={s.kind} className={`timeline-step ${state}`}>
                    <span className="timeline-dot" aria-hidden="true" />
                    <span className="timeline-kind">{STEP_LABELS[s.kind]}</span>
                    <span className="subtle">
                      {s.skipped ? 'Skipped' : s.sentOn ? `Sent ${formatLongDate(s.sentOn)}` : formatLongDate(s.due)}
                    </span>
                  </li>
                )
              })}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
