import { useEffect, useRef, useState } from 'react'
import { situationForDueStep } from '../../../../shared/compose'
import { formatLongDate, formatShortDate } from '../../locale-format'
import type { Process, Settings } from '../../../../shared/model'
import { planForProcess, STEP_LABELS } from '../../../../shared/plan/process-plan'
import type { Route } from '../../store'
import { useApp } from '../../store'
import { planNow } from '../../plan-now'
import { NoLongerHere, StillLoading } from '../../components/NoLongerHere'
import { useProcess } from '../../store/use-process'
import { applyFix } from '../../../../shared/compose/grammar'
import { ChecksPanel } from './ChecksPanel'
import { DraftEditor } from './DraftEditor'
import { ExtraInputs, KeyPointsPanel, RecipientPicker } from './DraftInputs'
import { locate } from './draft-text'
import { ExportBar } from './ExportBar'
import { LogMessageDialog } from './LogMessageDialog'
import { PrintCard } from './PrintCard'
import { isFollowUpStep } from './situation-groups'
import { SituationPicker } from './SituationPicker'
import { useComposer } from './use-composer'
import './compose.css'

type ComposeRoute = Extract<Route, { name: 'compose' }>

/** The composer: pick a situation, get a draft from the interview, edit it, check it, export it. */
export function ComposeScreen({ route }: { route: ComposeRoute }) {
  const found = useProcess(route.processId)
  const settings = useApp((s) => s.settings)
  const today = useApp((s) => s.info?.today)

  if (found.state === 'missing' || !settings || !today) return <NoLongerHere />
  if (found.state === 'loading') return <StillLoading />
  const process = found.process
  return <Composer process={process} settings={settings} today={today} route={route} />
}

function Composer({ process, settings, today, route }: { process: Process; settings: Settings; today: string; route: ComposeRoute }) {
  const composer = useComposer(process, settings, today, route)
  const [dialog, setDialog] = useState<'sent' | 'received' | null>(null)
  const subjectRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const { navigate, toast } = useApp.getState()

  // The screens share one scrolling <main>: start at the top, and leave it there for the next screen.
  useEffect(() => {
    scrollMainToTop()
    return scrollMainToTop
  }, [])

  const next = composer.plan?.next
  const dueSituation = next && isFollowUpStep(next.kind) ? situationForDueStep(process, next.kind) : null
  // A thank-you past its day is still on time within its 48 hours: "Due now", not "Overdue".
  const dueNow = composer.plan?.dueToday ? (next?.due === today ? 'Due today' : 'Due now') : null
  const dueLabel = next ? (composer.plan?.overdue ? 'Overdue' : (dueNow ?? `Due ${formatShortDate(next.due)}`)) : null

  const findInDraft = (match: string) => {
    for (const el of [bodyRef.current, subjectRef.current]) {
      const at = el && locate(el.value, match)
      if (el && at) {
        el.focus()
        el.setSelectionRange(at.start, at.end)
        return
      }
    }
  }

  const afterSent = (updated: Process) => {
    setDialog(null)
    const personId = composer.person?.id
    if (personId) composer.markPersonSent(personId)
    const remaining = composer.tabs?.filter((t) => t.id !== personId && !composer.sentPersonIds.has(t.id)) ?? []
    if (remaining.length) {
      // A thank-you per interviewer: stay for the next one.
      toast(`Marked as sent to ${composer.person?.name}. ${remaining.length} more to go.`, 'success')
      composer.setPerson(remaining[0].id)
      return
    }
    let nextText = ''
    try {
      const plan = planForProcess(updated, settings, planNow(today))
      if (composer.info.step && plan.next) nextText = ` Next: ${STEP_LABELS[plan.next.kind].toLowerCase()} on ${formatLongDate(plan.next.due)}.`
    } catch {
      // The plan needs the holiday data; the message is recorded either way.
    }
    toast(`${composer.info.label} marked as sent.${nextText}`, 'success')
    navigate({ name: 'process', id: process.id })
  }

  const afterReply = () => {
    setDialog(null)
    toast('Reply logged. Follow-up reminders stop until you send something again.', 'success')
  }

  return (
    <div className="screen compose-screen">
      <header className="compose-header">
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => navigate({ name: 'process', id: process.id })}>
          <span aria-hidden="true">←</span> <bdi className="user-text">{process.company}</bdi>
        </button>
        <h1>
          {composer.info.label}
          {/* Each name isolated: a right-to-left one cannot reorder the separator and the other. */}
          <span className="compose-header-sub user-text">
            <bdi>{process.role}</bdi> · <bdi>{process.company}</bdi>
          </span>
        </h1>
      </header>
      <div className="compose-grid">
        <aside className="compose-left" aria-label="What to write">
          <SituationPicker value={composer.situation} due={dueSituation} dueLabel={dueLabel} onChange={composer.setSituation} />
        </aside>
        <DraftEditor composer={composer} subjectRef={subjectRef} bodyRef={bodyRef}>
          <RecipientPicker composer={composer} />
          <ExtraInputs composer={composer} />
        </DraftEditor>
        <div className="compose-right">
          <ChecksPanel
            checks={composer.checks}
            grammar={composer.grammar}
            onFind={findInDraft}
            onFix={(_, fix) => composer.editText({ body: applyFix(composer.text.body, fix) })}
          />
          <KeyPointsPanel process={process} composer={composer} />
        </div>
      </div>
      <ExportBar
        process={process}
        settings={settings}
        composer={composer}
        onMarkSent={() => setDialog('sent')}
        onLogReply={() => setDialog('received')}
      />
      {composer.info.channel === 'card' && <PrintCard body={composer.text.body} />}
      {dialog && (
        <LogMessageDialog
          process={process}
          composer={composer}
          direction={dialog}
          onClose={() => setDialog(null)}
          onLogged={dialog === 'sent' ? afterSent : afterReply}
        />
      )}
    </div>
  )
}

function scrollMainToTop(): void {
  const main = document.getElementById('main')
  if (main) main.scrollTop = 0
}
