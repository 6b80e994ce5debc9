import { SettingSwitch, SettingText, SettingsPanel } from './setting-controls'
import type { SettingsForm } from './use-settings-form'

/** Who the drafts are from. */
export function ProfileSection({ form }: { form: SettingsForm }) {
  return (
    <SettingsPanel id="profile" title="You" description="Drafts are signed with these.">
      <div className="grid-2">
        <SettingText form={form} name="name" label="Your name" placeholder="Alex Morgan" />
        <SettingText form={form} name="email" label="Your email" type="email" userText={false} placeholder="you@example.com" />
      </div>
      <SettingText form={form} name="signature" label="Signature" multiline hint="Added under every draft. Several lines are fine." />
      <SettingSwitch
        form={form}
        name="linkedinPremium"
        label="LinkedIn Premium"
        hint={form.value('linkedinPremium') ? 'Connection notes can be 300 characters.' : 'Connection notes are held to 200 characters (300 with Premium).'}
      />
    </SettingsPanel>
  )
}
