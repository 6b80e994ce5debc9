import { useMemo, useState } from 'react'
import type { Process } from '../../../../shared/model'
import { daysBetween } from '../../../../shared/dates'
import { formatLongDate, formatShortDate, formatTime } from '../../locale-format'
import { planNow } from '../../plan-now'
import { planForProcess, STEP_LABELS, type ProcessPlan } from '../../../../shared/plan/process-plan'
import type { PlanStep } from '../../../../shared/plan/planner'
import { StepActions } from '../../components/plan/StepActions'
import { Timeline } from '../../components/plan/Timeline'
import { exportFollowUpsIcs, icsFileName } from '../../components/plan/export-ics'
import { useApp } from '../../store'

const STOPPED_TEXT: Record<NonNullable<ProcessPlan['stopped']>, string> = {
  offer: 'An offer is on the table: no more follow-ups to plan.',
  closed: 'This process is closed: nothing left to chase.',
  replied: 'They replied: nothing to chase until you act.',
  'no-rounds': 'Add a round and the follow-up plan starts from its date.',
  'cannot-plan': 'The follow-up plan could not be worked out.'
}

function dueText(plan: ProcessPlan, due: string, today: string): string {
  const days = daysBetween(today, due)
  if (plan.overdue) return `Overdue by ${-days} day${days === -1 ? '' : 's'}`
  if (days === 0) return 'Due today'
  // A thank-you past its day but within the 48 hours after the interview.
  if (days < 0) return plan.lateFrom ? `Still on time until ${lateFromText(plan.lateFrom)}` : 'Due now'
  if (days === 1) return 'Due tomorrow'
  return `Due in ${days} days`
}

function lateFromText(moment: string): string {
  const [date, time] = moment.split('T')
  return `${formatShortDate(date)}, ${formatTime(time)}`
}

type StepState = 'done' | 'skipped' | 'next' | 'later'

function stepState(s: PlanStep, plan: ProcessPlan): StepState {
  if (s.skipped) return 'skipped'
  if (s.sentOn) return 'done'
  return plan.next?.kind === s.kind ? 'next' : 'later'
}

function stepStatus(s: PlanStep, state: StepState, plan: ProcessPlan): string {
  switch (state) {
    case 'skipped':
      return s.sentOn ? `Skipped ${formatShortDate(s.sentOn)}` : 'Passed over'
    case 'done':
      return `Sent ${formatShortDate(s.sentOn!)}`
    case 'next':
      return `${plan.overdue ? 'Overdue since' : 'Due'} ${formatShortDate(s.due)}`
    default:
      return `Projected ${formatShortDate(s.due)}`
  }
}

/** The next follow-up with its actions, every step of the latest round, and the timeline picture. */
export function ProcessPlanPanel({ process }: { process: Process }) {
  const settings = useApp((s) => s.settings)
  const today = useApp((s) => s.info?.today)
  const [exporting, setExporting] = useState(false)
  const plan = useMemo(() => {
    if (!settings || !today) return null
    try {
      return planForProcess(process, settings, planNow(today))
    } catch {
      // A country code date-holidays does not know must not take the screen down.
      return null
    }
  }, [process, settings, today])

  const exportIcs = async () => {
    if (!settings || !today) return
    setExporting(true)
    await exportFollowUpsIcs([process], settings, today, icsFileName(process.company, process.role))
    setExporting(false)
  }

  const hasHistory = process.rounds.length > 0 || process.messages.length > 0
  const hasStepsAhead = !!plan?.next && !plan.stopped

  return (
    <section className="panel side-panel plan-panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="panel-title">
        Follow-up plan
      </h2>
      {!plan || !today ? (
        <p className="subtle">The plan could not be worked out; check the country in Settings.</p>
      ) : (
        <>
          {plan.next && plan.roundId && !plan.stopped ? (
            <div className={`plan-next ${plan.overdue ? 'overdue' : plan.dueToday ? 'today' : ''}`}>
              <span className="plan-next-kind">{STEP_LABELS[plan.next.kind]}</span>
              <span className="plan-next-due">
                <time dateTime={plan.next.due}>{formatLongDate(plan.next.due)}</time>
              </span>
              <span className={`badge ${plan.overdue ? 'badge-danger' : plan.dueToday ? 'badge-warn' : 'badge-accent'}`}>{dueText(plan, plan.next.due, today)}</span>
              {plan.snoozedUntil && <span className="subtle">Reminder snoozed until {formatLongDate(plan.snoozedUntil)}</span>}
              <StepActions process={process} step={{ roundId: plan.roundId, kind: plan.next.kind }} context={STEP_LABELS[plan.next.kind]} />
            </div>
          ) : plan.stopped === 'cannot-plan' ? (
            <p className="field-error user-text" role="status">
              {plan.problem ?? STOPPED_TEXT['cannot-plan']}
            </p>
          ) : (
            <p className="subtle">{plan.stopped ? STOPPED_TEXT[plan.stopped] : 'Nothing left to chase.'}</p>
          )}
          {plan.steps.length > 0 && (
            <ol className="timeline" aria-label="Follow-up steps">
              {plan.steps.map((s) => {
                const state = stepState(s, plan)
                return (
                  <li key={s.kind} className={`timeline-step ${state}`}>
                    <span className="timeline-dot" aria-hidden="true" />
                    <span className="timeline-kind">{STEP_LABELS[s.kind]}</span>
                    <span className={state === 'next' && plan.overdue ? 'subtle plan-step-overdue' : 'subtle'}>{stepStatus(s, state, plan)}</span>
                  </li>
                )
              })}
            </ol>
          )}
        </>
      )}
      {hasHistory && today && (
        <>
          <h3 className="plan-subtitle">Timeline</h3>
          <Timeline process={process} plan={plan} today={today} />
        </>
      )}
      {hasStepsAhead && (
        <button type="button" className="btn btn-sm plan-export" onClick={exportIcs} disabled={exporting}>
          Export to calendar (.ics)
        </button>
      )}
    </section>
  )
}
