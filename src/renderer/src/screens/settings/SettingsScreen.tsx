import { useApp } from '../../store'
import { AppearanceSection } from './AppearanceSection'
import { DataSection } from './DataSection'
import { PolicySection } from './PolicySection'
import { ProfileSection } from './ProfileSection'
import { RemindersSection } from './RemindersSection'
import { useSettingsForm, type SaveStatus } from './use-settings-form'
import '../../components/controls.css'
import './settings.css'

const STATUS_TEXT: Record<SaveStatus, string> = { idle: '', saving: 'Saving…', saved: 'All changes saved', error: 'Some changes were not saved' }

export function SettingsScreen() {
  const settings = useApp((s) => s.settings)
  const version = useApp((s) => s.info?.version)
  if (!settings) {
    return (
      <div className="screen">
        <p className="empty" aria-busy="true">
          Loading settings…
        </p>
      </div>
    )
  }
  return <SettingsForm version={version} />
}

function SettingsForm({ version }: { version?: string }) {
  const form = useSettingsForm()
  return (
    <div className="screen settings-screen">
      <header className="screen-header settings-header">
        <h1>Settings</h1>
        <span className={`save-state ${form.status === 'saved' ? 'save-state-saved' : form.status === 'error' ? 'save-state-error' : ''}`} aria-live="polite">
          {STATUS_TEXT[form.status]}
        </span>
      </header>
      <div className="settings-stack">
        <ProfileSection form={form} />
        <RemindersSection form={form} />
        <PolicySection form={form} />
        <AppearanceSection form={form} />
        <DataSection />
        {version && <p className="subtle settings-version">Afterview {version}</p>}
      </div>
    </div>
  )
}
