import type { Process } from '../../../../shared/model'
import { Field } from '../../components/Field'

// Which process a file dropped on the board goes to. NEW adds one from the fields below it.

export const NEW_PROCESS = '__new'

export interface NewProcessFields {
  company: string
  role: string
}

interface Props {
  processes: Process[]
  value: string
  onChange(id: string): void
  fields: NewProcessFields
  onFields(f: NewProcessFields): void
  errors: Record<string, string>
}

export function ProcessPicker({ processes, value, onChange, fields, onFields, errors }: Props) {
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
            <input className="input user-text" dir="auto" value={fields.company} onChange={(e) => onFields({ ...fields, company: e.target.value })} />
          </Field>
          <Field label="Role" error={errors.role}>
            <input className="input user-text" dir="auto" value={fields.role} onChange={(e) => onFields({ ...fields, role: e.target.value })} />
          </Field>
        </div>
      )}
    </>
  )
}

/** "tesselink.example" → "Tesselink": a starting point the user corrects. */
export function companyFromEmail(email: string): string {
  const domain = email.split('@')[1] ?? ''
  const parts = domain.split('.').filter(Boolean)
  const name = parts.length > 1 ? parts[parts.length - 2] : (parts[0] ?? '')
  if (/^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|fastmail)$/i.test(name)) return ''
  return name
    .split('-')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ')
}

// Title parts that name the meeting or the message rather than the job.
const NOT_A_ROLE =
  /\b(interview|screen|screening|call|chat|round|hiring manager|technical|onsite|on-site|panel|intro|meeting|conversation|visit|offer|updated?|thanks?|thank you|next steps|checking in|follow[- ]up)\b|^(re|fwd?|aw|sv|tr)\s*:/i

/** "Acme · Platform Engineer – Technical interview" → "Platform Engineer": the role, when the title names it. */
export function roleFromTitle(title: string, company: string): string {
  const parts = title.split(/\s+[-–—·|:]\s+|\s*[·|]\s*/).map((s) => s.trim()).filter(Boolean)
  const role = parts.find((p) => p.toLowerCase() !== company.trim().toLowerCase() && !NOT_A_ROLE.test(p))
  return role && parts.length > 1 ? role.slice(0, 200) : ''
}
