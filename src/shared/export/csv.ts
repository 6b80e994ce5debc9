import type { IsoDate } from '../dates'
import { latestRound, OUTCOME_LABELS, STAGE_LABELS, type Process } from '../model'
import { planForProcess, STEP_LABELS, type PlanSettings } from '../plan/process-plan'

// RFC 4180 CSV of the pipeline. Cells that a spreadsheet would run as a formula are prefixed
// with an apostrophe, because company names and notes come from pasted, untrusted text.

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The pipeline as of `today`: each live process's next follow-up comes from its plan. */
export function pipelineCsv(processes: readonly Process[], settings: PlanSettings, today: IsoDate): string {
  const header = ['Company', 'Role', 'Stage', 'Outcome', 'Rounds', 'Last round', 'Decision by', 'Main contact', 'Next step', 'Due', 'Posting']
  const rows = processes.map((p) => {
    const last = latestRound(p)
    const contact = p.people.find((x) => x.id === p.mainContactId)
    const plan = planForProcess(p, settings, today)
    const next = plan.stopped ? null : plan.next
    return [
      p.company,
      p.role,
      STAGE_LABELS[p.stage],
      p.outcome ? OUTCOME_LABELS[p.outcome] : '',
      p.rounds.length,
      last?.date ?? '',
      p.decisionBy ?? '',
      contact?.name ?? '',
      next ? STEP_LABELS[next.kind] : '',
      next?.due ?? '',
      p.postingUrl
    ]
  })
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
