import type { Settings } from '../../../../shared/model'
import { SettingsPanel } from './setting-controls'
import type { SettingsForm } from './use-settings-form'

const THEMES: { id: Settings['theme']; label: string }[] = [
  { id: 'system', label: 'Match system' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' }
]

export function AppearanceSection({ form }: { form: SettingsForm }) {
  const theme = form.value('theme')
  return (
    <SettingsPanel id="appearance" title="Appearance">
      <fieldset className="fieldset">
        <legend className="field-label">Theme</legend>
        <div className="segmented">
          {THEMES.map((t) => (
            <label key={t.id} className={`segment ${theme === t.id ? 'selected' : ''}`}>
              <input type="radio" name="theme" value={t.id} checked={theme === t.id} onChange={() => form.update('theme', t.id)} />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>
    </SettingsPanel>
  )
}
