import type { IsoDate } from '../../../../shared/dates'
import { buildIcs } from '../../../../shared/export/ics'
import type { ProcessSummary } from '../../../../shared/process-summary'
import { calendarEvents, type PlanSettings } from '../../../../shared/plan/process-plan'
import { call } from '../../api'
import { run } from '../../store/actions'
import { useApp } from '../../store'

/**
 * Saves the follow-ups still ahead in these processes as an .ics file (all-day events with an
 * alarm each). Says so when there is nothing to export instead of writing an empty calendar.
 */
export async function exportFollowUpsIcs(
  processes: readonly ProcessSummary[],
  settings: PlanSettings,
  today: IsoDate,
  suggestedName: string
): Promise<void> {
  const { toast } = useApp.getState()
  let content: string
  try {
    const events = calendarEvents(processes, settings, today)
    if (events.length === 0) return toast('No follow-ups ahead to put in a calendar', 'info')
    content = buildIcs(events, { calendarName: 'Afterview follow-ups' })
  } catch (err) {
    return toast(`The calendar could not be made: ${err instanceof Error ? err.message : String(err)}`, 'error')
  }
  const result = await run(() => call('file.save', { suggestedName, content, kind: 'ics' }))
  if (result?.saved) toast(`Saved ${result.path ?? suggestedName}`, 'success')
}

/** A file name safe on every OS: "afterview-acme-data-analyst.ics". */
export function icsFileName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `afterview-${slug || 'follow-ups'}.ics`
}
