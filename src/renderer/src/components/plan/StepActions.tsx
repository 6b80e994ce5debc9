import { useState } from 'react'
import type { IsoDate } from '../../../../shared/dates'
import { formatLongDate } from '../../locale-format'
import type { PlanKind } from '../../../../shared/plan/planner'
import type { ProcessSummary } from '../../../../shared/process-summary'
import { STEP_LABELS } from '../../../../shared/plan/process-plan'
import { useApp } from '../../store'
import { changeProcess } from '../../store/actions'
import { SnoozeMenu } from './SnoozeMenu'
import { LogMessageDialog, type LoggedMessage } from './StepDialogs'
import './plan.css'

/** The step an action applies to: the next step of one process's latest round. */
export interface StepTarget {
  roundId: string
  kind: PlanKind
}

interface StepActionsProps {
  process: ProcessSummary
  step: StepTarget
  /** Shown to screen readers after each button, so "Mark sent" says which one. */
  context?: string
}

type OpenDialog = 'sent' | 'replied' | null

/**
 * What the user can do about a due step: write it, say it went out, put it off, say they
 * heard back (which stops the chain), or skip it. For "time to move on" the choices are to
 * close the process as "no response" or dismiss the suggestion.
 */
export function StepActions({ process, step, context }: StepActionsProps) {
  const today = useApp((s) => s.info?.today ?? '')
  const readOnly = useApp((s) => s.info?.readOnly ?? false)
  const navigate = useApp((s) => s.navigate)
  const toast = useApp((s) => s.toast)
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const [busy, setBusy] = useState(false)
  const label = STEP_LABELS[step.kind]
  const about = context ?? `${label}, ${process.company}`
  const isMoveOn = step.kind === 'move-on'

  // Toasts for failures come from changeProcess; here only the busy flag needs undoing.
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await work()
      toast(done, 'success')
    } catch {
      /* already reported */
    } finally {
      setBusy(false)
    }
  }

  const planEvent = (kind: 'skip' | 'snooze', date: IsoDate) =>
    changeProcess('plan.event', { processId: process.id, event: { kind, step: step.kind, date, roundId: step.roundId } })

  const snooze = (date: IsoDate) => void act(() => planEvent('snooze', date), `${label} snoozed until ${formatLongDate(date)}`)
  const skip = () => void act(() => planEvent('skip', today), isMoveOn ? 'Suggestion dismissed' : `${label} skipped`)
  const closeNoResponse = () =>
    void act(
      () => changeProcess('processes.move', { id: process.id, stage: 'closed', outcome: 'no-response' }),
      `${process.company} closed as no response`
    )

  const compose = () => {
    if (step.kind === 'move-on') return
    navigate({
      name: 'compose',
      processId: process.id,
      situation: step.kind,
      step: step.kind,
      // Thank-yous go to each round's interviewers (the composer asks); follow-ups to the main contact.
      ...(step.kind !== 'thank-you' && process.mainContactId ? { personId: process.mainContactId } : {})
    })
  }

  const markSent = async ({ date, channel }: LoggedMessage) => {
    if (step.kind === 'move-on') return
    await changeProcess('messages.add', {
      processId: process.id,
      message: { direction: 'sent', situation: step.kind, step: step.kind, channel, date, subject: '', body: '', personId: process.mainContactId }
    })
    toast(`${label} marked sent`, 'success')
  }

  const replied = async ({ date, channel, note }: LoggedMessage) => {
    await changeProcess('messages.add', {
      processId: process.id,
      message: { direction: 'received', situation: 'reply', step: null, channel, date, subject: '', body: note, personId: process.mainContactId }
    })
    toast(`Reply from ${process.company} recorded: nothing more to chase`, 'success')
  }

  const off = readOnly || busy || !today
  const sr = <span className="visually-hidden">: {about}</span>

  return (
    <div className="step-actions" role="group" aria-label={`Actions for ${about}`}>
      {isMoveOn ? (
        <button type="button" className="btn btn-sm btn-primary" disabled={off} onClick={closeNoResponse}>
          Close as no response{sr}
        </button>
      ) : (
        <>
          <button type="button" className="btn btn-sm btn-primary" disabled={readOnly} onClick={compose}>
            Compose{sr}
          </button>
          <button type="button" className="btn btn-sm" disabled={off} onClick={() => setDialog('sent')}>
            Mark sent{sr}
          </button>
        </>
      )}
      <SnoozeMenu today={today} disabled={off} context={about} onSnooze={snooze} />
      <button type="button" className="btn btn-sm" disabled={off} onClick={() => setDialog('replied')}>
        They replied{sr}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" disabled={off} onClick={skip}>
        {isMoveOn ? 'Dismiss' : 'Skip'}
        {sr}
      </button>
      {dialog === 'sent' && (
        <LogMessageDialog
          title={`Mark ${label.toLowerCase()} sent`}
          description={`Records the ${label.toLowerCase()} to ${process.company} in the history and moves the plan on.`}
          submitLabel="Mark sent"
          today={today}
          onSubmit={markSent}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'replied' && (
        <LogMessageDialog
          title={`${process.company} replied`}
          description="Records their reply. The follow-up chain stops: nothing more to chase until you act."
          submitLabel="Record reply"
          today={today}
          withNote
          onSubmit={replied}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  )
}
