import { useMemo } from 'react'
import { Field } from '../../components/Field'
import { useApp } from '../../store'
import { holidayCountries, holidayRegions } from './holiday-places'
import { SettingSwitch, SettingsPanel, TEXT_DELAY } from './setting-controls'
import type { SettingsForm } from './use-settings-form'

/** Where the user lives (for public holidays) and when and how to be reminded. */
export function RemindersSection({ form }: { form: SettingsForm }) {
  const country = form.value('country')
  const countries = useMemo(() => holidayCountries(), [])
  const regions = useMemo(() => holidayRegions(country), [country])
  const known = countries.some((c) => c.code === country)
  const region = form.value('region')
  // Hidden where the OS ignores it (Linux) rather than offering a switch that does nothing.
  const openAtLoginAvailable = useApp((s) => s.info?.openAtLoginAvailable ?? true)

  const pickCountry = (code: string) => {
    form.update('country', code)
    // A region belongs to one country.
    if (region) form.update('region', '')
  }

  return (
    <SettingsPanel id="reminders" title="Holidays and reminders" description="Follow-ups are planned on business days: weekdays that are not public holidays where you live.">
      <div className="grid-2">
        <Field label="Country" error={form.errors('country').country} hint="Its public holidays are skipped.">
          <select className="select" value={country} onChange={(e) => pickCountry(e.target.value)}>
            {!known && <option value={country}>{country}</option>}
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Region" error={form.errors('region').region} hint={regions.length ? 'Optional: for holidays of one state or region.' : 'This country has no regional holidays.'}>
          <select className="select" value={region} disabled={regions.length === 0 && !region} onChange={(e) => form.update('region', e.target.value)}>
            <option value="">Whole country</option>
            {region && !regions.some((r) => r.code === region) && <option value={region}>{region}</option>}
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="grid-2">
        <Field label="Reminder time" error={form.errors('reminderTime').reminderTime} hint="When due follow-ups are announced each day.">
          <input
            className="input"
            type="time"
            value={form.value('reminderTime')}
            onChange={(e) => form.update('reminderTime', e.target.value, TEXT_DELAY)}
            onBlur={() => form.flush('reminderTime')}
          />
        </Field>
      </div>
      <SettingSwitch form={form} name="notifications" label="Notifications" hint="A desktop notification when a follow-up is due." />
      {openAtLoginAvailable && (
        <SettingSwitch form={form} name="openAtLogin" label="Open at login" hint="Start Afterview when you log in, so reminders arrive on time." />
      )}
    </SettingsPanel>
  )
}
