import { useId, useMemo, useState } from 'react'
import { settingsSchema, userNameSchema, type Settings } from '../../../../shared/model'
import { ApiError, call, errorMessage } from '../../api'
import { Field, issuesByField } from '../../components/Field'
import { useApp } from '../../store'
import { holidayCountries } from '../settings/holiday-places'
import { countryFromLocale } from './locale-country'
import './welcome.css'

type Profile = Pick<Settings, 'name' | 'email' | 'signature' | 'country'>
type Errors = Partial<Record<keyof Profile | 'form', string>>

const profileSchema = settingsSchema.pick({ name: true, email: true, signature: true, country: true }).extend({ name: userNameSchema })

function validate(p: Profile): Errors {
  const parsed = profileSchema.safeParse(p)
  if (parsed.success) return {}
  return issuesByField(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
}

/**
 * First run: who the drafts are from and which country's public holidays to skip, before the
 * (empty) board. Shown while settings.onboarded is false; finishing or skipping sets it.
 */
export function WelcomeScreen({ locale = navigator.language }: { locale?: string }) {
  const formId = useId()
  const settings = useApp((s) => s.settings)
  const countries = useMemo(() => holidayCountries(), [])
  const suggested = useMemo(() => countryFromLocale(locale, new Set(countries.map((c) => c.code))), [locale, countries])
  const [profile, setProfile] = useState<Profile>({
    name: settings?.name ?? '',
    email: settings?.email ?? '',
    signature: settings?.signature ?? '',
    country: suggested
  })
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const errors = { ...(submitted ? validate(profile) : {}), ...serverErrors }

  const set = <K extends keyof Profile>(key: K, value: Profile[K]) => {
    setProfile((p) => ({ ...p, [key]: value }))
    setServerErrors(({ [key]: _gone, form: _form, ...rest }) => rest)
  }

  const save = async (patch: Partial<Settings>) => {
    setBusy(true)
    try {
      useApp.getState().setSettings(await call('settings.update', { ...patch, onboarded: true }))
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid-input') {
        const byField = issuesByField(err.issues)
        setServerErrors(Object.keys(byField).length ? byField : { form: err.message })
      } else setServerErrors({ form: errorMessage(err) })
      setBusy(false)
    }
  }

  const finish = (e: React.FormEvent) => {
    e.preventDefault()
    setSubmitted(true)
    if (busy) return
    if (Object.keys(validate(profile)).length > 0) {
      // Take the keyboard to the first field that needs fixing, once it is marked.
      const form = e.currentTarget as HTMLFormElement
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    void save({ name: profile.name.trim(), email: profile.email.trim(), signature: profile.signature.trimEnd(), country: profile.country })
  }
  // Skipping keeps the country guessed from the locale: a better holiday calendar than none.
  const skip = () => void save({ country: suggested })

  return (
    <section className="screen welcome-screen" aria-labelledby="welcome-title">
      <div className="welcome-card card">
        <p className="welcome-eyebrow">Welcome to Afterview</p>
        <h1 id="welcome-title">First, a little about you</h1>
        <p className="muted welcome-lead">
          Drafts are signed with your name, and follow-ups skip your country’s public holidays. Everything stays on this
          computer; change it any time in Settings.
        </p>
        <form id={formId} className="stack" onSubmit={finish} noValidate>
          <div className="grid-2">
            <Field label="Your name" error={errors.name}>
              <input
                className="input user-text"
                dir="auto"
                value={profile.name}
                onChange={(e) => set('name', e.target.value)}
                autoComplete="name"
                placeholder="Alex Morgan"
                autoFocus
              />
            </Field>
            <Field label="Your email" error={errors.email}>
              <input
                className="input"
                type="email"
                value={profile.email}
                onChange={(e) => set('email', e.target.value)}
                autoComplete="email"
                placeholder="you@example.com"
                spellCheck={false}
              />
            </Field>
          </div>
          <Field label="Signature" error={errors.signature} hint="Added under every draft. Several lines are fine.">
            <textarea
              className="textarea user-text"
              dir="auto"
              rows={3}
              value={profile.signature}
              onChange={(e) => set('signature', e.target.value)}
              placeholder={'Alex Morgan\n+1 555 0100'}
            />
          </Field>
          <Field label="Country" error={errors.country} hint="Its public holidays are not counted as business days for follow-ups.">
            <select className="select" value={profile.country} onChange={(e) => set('country', e.target.value)}>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          {errors.form && (
            <p className="field-error" role="alert">
              {errors.form}
            </p>
          )}
          <div className="welcome-actions">
            <button type="submit" className="btn btn-primary btn-lg" disabled={busy}>
              {busy ? 'Saving…' : 'Get started'}
            </button>
            <button type="button" className="btn btn-ghost btn-lg" onClick={skip} disabled={busy}>
              Skip for now
            </button>
          </div>
        </form>
      </div>
    </section>
  )
}
