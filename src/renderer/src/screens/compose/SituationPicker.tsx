import { situationInfo, type Situation } from '../../../../shared/compose'
import { SITUATION_GROUPS } from './situation-groups'

interface SituationPickerProps {
  value: Situation
  /** The situation of the plan step that is due now, marked in the list. */
  due: Situation | null
  dueLabel: string | null
  onChange(s: Situation): void
}

/** Every situation as one radio group (arrow keys move through it), grouped by moment. */
export function SituationPicker({ value, due, dueLabel, onChange }: SituationPickerProps) {
  return (
    <fieldset className="fieldset compose-situations">
      <legend className="compose-section-title">Situation</legend>
      {SITUATION_GROUPS.map((group) => (
        <div key={group.label} className="situation-group" role="group" aria-label={group.label}>
          <div className="situation-group-label" aria-hidden="true">
            {group.label}
          </div>
          {group.ids.map((id) => {
            const info = situationInfo(id)
            return (
              <label key={id} className={`situation-option ${value === id ? 'selected' : ''}`}>
                <input type="radio" name="compose-situation" value={id} checked={value === id} onChange={() => onChange(id)} />
                <span className="situation-text">
                  <span className="situation-label">
                    {info.label}
                    {due === id && dueLabel && <span className="badge badge-warn situation-due">{dueLabel}</span>}
                  </span>
                  <span className="situation-hint">{info.hint}</span>
                </span>
              </label>
            )
          })}
        </div>
      ))}
    </fieldset>
  )
}
