import type { Settings } from '../../../../shared/model'
import { Field } from '../../components/Field'
import type { SettingKey, SettingsForm } from './use-settings-form'

type TextKey = { [K in SettingKey]: Settings[K] extends string ? K : never }[SettingKey]
type BoolKey = { [K in SettingKey]: Settings[K] extends boolean ? K : never }[SettingKey]

export const TEXT_DELAY = 600

/** A text setting saved as you type (debounced) and on blur, with its inline error. */
export function SettingText({
  form,
  name,
  label,
  hint,
  type = 'text',
  multiline,
  placeholder,
  userText = true
}: {
  form: SettingsForm
  name: TextKey
  label: string
  hint?: string
  type?: 'text' | 'email' | 'time'
  multiline?: boolean
  placeholder?: string
  userText?: boolean
}) {
  const common = {
    value: form.value(name),
    placeholder,
    onBlur: () => form.flush(name),
    className: `${multiline ? 'textarea' : 'input'} ${userText ? 'user-text' : ''}`,
    dir: userText ? 'auto' : undefined
  }
  return (
    <Field label={label} hint={hint} error={form.errors(name)[name]}>
      {multiline ? (
        <textarea {...common} rows={4} spellCheck onChange={(e) => form.update(name, e.target.value, TEXT_DELAY)} />
      ) : (
        <input {...common} type={type} onChange={(e) => form.update(name, e.target.value, TEXT_DELAY)} />
      )}
    </Field>
  )
}

/** An on/off setting, saved at once. */
export function SettingSwitch({ form, name, label, hint }: { form: SettingsForm; name: BoolKey; label: string; hint?: string }) {
  const id = `setting-${name}`
  const error = form.errors(name)[name]
  return (
    <div className="switch-row">
      <div className="switch-text">
        <label htmlFor={id} className="switch-label">
          {label}
        </label>
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={form.value(name)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => form.update(name, e.target.checked)}
      />
    </div>
  )
}

/** A titled block of settings. */
export function SettingsPanel({ id, title, description, children }: { id: string; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <div className="settings-panel-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        {description && <p className="muted">{description}</p>}
      </div>
      <div className="settings-panel-body">{children}</div>
    </section>
  )
}
