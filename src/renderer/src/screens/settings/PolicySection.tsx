import { useEffect, useState } from 'react'
import { DEFAULT_POLICY, policySchema, type Settings } from '../../../../shared/model'
import { Field } from '../../components/Field'
import { SettingsPanel } from './setting-controls'
import type { SettingsForm } from './use-settings-form'

type Policy = Settings['policy']
type PolicyKey = keyof Policy

const FIELDS: { key: PolicyKey; label: string; hint: string }[] = [
  { key: 'thankYouDays', label: 'Thank-you', hint: 'Days after the interview' },
  { key: 'statusCheckDays', label: 'Status check', hint: 'Days after the interview, when no decision date was given' },
  { key: 'secondDays', label: 'Second follow-up', hint: 'Days after the status check was sent' },
  { key: 'finalDays', label: 'Final follow-up', hint: 'Days after the second was sent' },
  { key: 'moveOnDays', label: 'Move on', hint: 'Days after the final, before suggesting to close' }
]

const POLICY_DELAY = 500

/** The follow-up timing: one number of days per step. */
export function PolicySection({ form }: { form: SettingsForm }) {
  const policy = form.value('policy')
  const serverErrors = form.errors('policy')
  // Reset remounts the fields so a half-typed invalid number goes too.
  const [generation, setGeneration] = useState(0)
  const reset = () => {
    if (FIELDS.some((f) => policy[f.key] !== DEFAULT_POLICY[f.key])) form.update('policy', { ...DEFAULT_POLICY })
    setGeneration((g) => g + 1)
  }
  return (
    <SettingsPanel id="policy" title="Follow-up timing" description="When each step comes due. Dates that land on a weekend or holiday move to the next business day.">
      <div className="policy-grid">
        {FIELDS.map((f) => (
          <PolicyField
            key={`${f.key}-${generation}`}
            field={f}
            value={policy[f.key]}
            serverError={serverErrors[f.key]}
            onChange={(n) => form.update('policy', { ...form.value('policy'), [f.key]: n }, POLICY_DELAY)}
            onBlur={() => form.flush('policy')}
          />
        ))}
      </div>
      {serverErrors.policy && (
        <p className="field-error" role="alert">
          {serverErrors.policy}
        </p>
      )}
      <div className="row wrap">
        <button type="button" className="btn" onClick={reset}>
          Reset to defaults
        </button>
        <span className="subtle">
          Defaults: {DEFAULT_POLICY.thankYouDays} · {DEFAULT_POLICY.statusCheckDays} · {DEFAULT_POLICY.secondDays} · {DEFAULT_POLICY.finalDays} · {DEFAULT_POLICY.moveOnDays} days
        </span>
      </div>
    </SettingsPanel>
  )
}

function PolicyField({
  field,
  value,
  serverError,
  onChange,
  onBlur
}: {
  field: (typeof FIELDS)[number]
  value: number
  serverError?: string
  onChange(n: number): void
  onBlur(): void
}) {
  const [text, setText] = useState(String(value))
  const [localError, setLocalError] = useState<string>()
  // Follow the stored value (a reset, a save from elsewhere) unless the field says the same.
  useEffect(() => {
    setText((t) => (Number(t) === value && t.trim() !== '' ? t : String(value)))
    setLocalError(undefined)
  }, [value])

  const change = (t: string) => {
    setText(t)
    const n = Number(t)
    if (t.trim() === '' || !Number.isInteger(n)) return setLocalError('Use a whole number of days')
    const { minValue, maxValue } = policySchema.shape[field.key]
    if ((minValue !== null && n < minValue) || (maxValue !== null && n > maxValue)) return setLocalError(`Use ${minValue} to ${maxValue} days`)
    setLocalError(undefined)
    onChange(n)
  }

  return (
    <Field label={field.label} hint={field.hint} error={localError ?? serverError}>
      <input className="input policy-input" type="number" inputMode="numeric" min={policySchema.shape[field.key].minValue ?? 0} max={policySchema.shape[field.key].maxValue ?? undefined} step={1} value={text} onChange={(e) => change(e.target.value)} onBlur={onBlur} />
    </Field>
  )
}
