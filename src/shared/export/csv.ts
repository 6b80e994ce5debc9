import { latestRound, OUTCOME_LABELS, STAGE_LABELS, type Process } from '../model'

// RFC 4180 CSV of the pipeline. Cells that a spreadsheet would run as a formula are prefixed
// with an apostrophe, because company names and notes come from pasted, untrusted text.

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function pipelineCsv(
  processes: Process[],
  nextStep: (p: Process) => { kind: string; due: string } | null = () => null
): string {
  const header = ['Company', 'Role', 'Stage', 'Outcome', 'Rounds', 'Last round', 'Decision by', 'Main contact', 'Next step', 'Due', 'Posting']
  const rows = processes.map((p) => {
    const last = latestRound(p)
    const contact = p.people.find((x) => x.id === p.mainContactId)
    const next = nextStep(p)
    return [
      p.company,
      p.role,
      STAGE_LABELS[p.stage],
      p.outcome ? OUTCOME_LABELS[p.outcome] : '',
      p.rounds.length,
      last?.date ?? '',
      p.decisionBy ?? '',
      contact?.name ?? '',
      next?.kind ?? '',
      next?.due ?? '',
      p.postingUrl
    ]
  })
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
