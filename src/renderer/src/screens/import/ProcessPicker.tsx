import type { ProcessSummary } from '../../../../shared/process-summary'
import { Field } from '../../components/Field'

// Which process a file dropped on the board goes to. NEW adds one from the fields below it.

export const NEW_PROCESS = '__new'

export interface NewProcessFields {
  company: string
  role: string
}

interface Props {
  target: {
    list: ProcessSummary[]
    targetId: string
    setTargetId(id: string): void
    fields: NewProcessFields
    setFields(f: NewProcessFields): void
  }
  errors: Record<string, string>
}

export function ProcessPicker({ target, errors }: Props) {
  const { list: processes, targetId: value, setTargetId: onChange, fields, setFields: onFields } = target
  return (
    <>
      <Field label="Interview process" error={errors.processId}>
        <select className="select user-text" value={value} onChange={(e) => onChange(e.target.value)}>
          {processes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.company} — {p.role}
            </option>
          ))}
          <option value={NEW_PROCESS}>New process…</option>
        </select>
      </Field>
      {value === NEW_PROCESS && (
        <div className="grid-2">
          <Field label="Company" error={errors.company}>
            <input
              className="input user-text"
              dir="auto"
              value={fields.company}
              onChange={(e) => onFields({ ...fields, company: e.target.value })}
            />
          </Field>
          <Field label="Role" error={errors.role}>
            <input
              className="input user-text"
              dir="auto"
              value={fields.role}
              onChange={(e) => onFields({ ...fields, role: e.target.value })}
            />
          </Field>
        </div>
      )}
    </>
  )
}

// Shared mailboxes say nothing about the employer.
const SHARED_MAIL_NAMES = 'gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|fastmail'
export const SHARED_MAIL = new RegExp(`^(?:${SHARED_MAIL_NAMES})$`, 'i')

/** "tesselink.example" → "Tesselink": a starting point the user corrects. */
export function companyFromEmail(email: string): string {
  const domain = email.split('@')[1] ?? ''
  const parts = domain.split('.').filter(Boolean)
  const name = parts.length > 1 ? parts[parts.length - 2] : (parts[0] ?? '')
  if (SHARED_MAIL.test(name)) return ''
  return name
    .split('-')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ')
}

// Title parts that name the meeting or the message rather than the job.
const MEETING_WORDS = 'interview|screen|screening|call|chat|round|hiring manager|technical|onsite|on-site|panel|intro'
const MESSAGE_WORDS = 'meeting|conversation|visit|offer|updated?|thanks?|thank you|next steps|checking in|follow[- ]up'
const NOT_A_ROLE = new RegExp(String.raw`\b(?:${MEETING_WORDS}|${MESSAGE_WORDS})\b|^(?:re|fwd?|aw|sv|tr)\s*:`, 'i')

/** "Acme · Platform Engineer – Technical interview" → "Platform Engineer": the role, when the title names it. */
export function roleFromTitle(title: string, company: string): string {
  const parts = title.split(/\s+[-–—·|:]\s+|\s*[·|]\s*/).map((s) => s.trim()).filter(Boolean)
  const role = parts.find((p) => p.toLowerCase() !== company.trim().toLowerCase() && !NOT_A_ROLE.test(p))
  return role && parts.length > 1 ? role.slice(0, 200) : ''
}
