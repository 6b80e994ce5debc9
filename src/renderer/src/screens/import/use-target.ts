import { useMemo, useState } from 'react'
import type { ProcessSummary } from '../../../../shared/process-summary'
import { useApp } from '../../store'
import { changeProcess } from '../../store/actions'
import { bestProcess } from './import-store'
import { companyFromEmail, NEW_PROCESS, roleFromTitle, type NewProcessFields } from './ProcessPicker'

/**
 * The process the preview applies to: fixed when the file was dropped on a process, else the
 * best match on the board (or a new process named after the sender's company), which the user
 * may change.
 */
export function useTarget(droppedOn: string | null, emails: string[], uid: string | undefined, title: string) {
  const processes = useApp((s) => s.processes)
  const list = useMemo(() => Object.values(processes).sort((a, b) => a.company.localeCompare(b.company)), [processes])
  const [targetId, setTargetId] = useState(() => droppedOn ?? bestProcess(list, emails, uid)?.id ?? NEW_PROCESS)
  const [fields, setFields] = useState<NewProcessFields>(() => {
    const company = emails.map(companyFromEmail).find(Boolean) ?? ''
    return { company, role: roleFromTitle(title, company) }
  })
  const target: ProcessSummary | null = targetId === NEW_PROCESS ? null : (processes[targetId] ?? null)

  /** The target process, created first when it is a new one; field errors when it cannot be. */
  const ensure = async (): Promise<{ process: ProcessSummary } | { errors: Record<string, string> }> => {
    if (target) return { process: target }
    if (targetId !== NEW_PROCESS) return { errors: { processId: 'That process no longer exists; pick another.' } }
    const errors: Record<string, string> = {}
    if (!fields.company.trim()) errors.company = 'A company name is needed'
    if (!fields.role.trim()) errors.role = 'A role is needed'
    if (Object.keys(errors).length) return { errors }
    const company = fields.company.trim().slice(0, 200)
    const created = await changeProcess('processes.create', { company, role: fields.role.trim().slice(0, 200) })
    setTargetId(created.id)
    return { process: created }
  }

  return { list, targetId, setTargetId, fields, setFields, target, ensure, fixed: droppedOn !== null }
}
