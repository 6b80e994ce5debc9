// The country the welcome suggests, from the OS locale: "en-GB" → GB. A language alone
// ("de", "fr") takes its likely region from Intl ("de" → DE); anything unknown falls back to US.

export const FALLBACK_COUNTRY = 'US'

export function countryFromLocale(locale: string | undefined, known: ReadonlySet<string>): string {
  if (!locale) return FALLBACK_COUNTRY
  let region: string | undefined
  try {
    const parsed = new Intl.Locale(locale)
    region = parsed.region ?? parsed.maximize().region
  } catch {
    // Not a BCP 47 tag (an odd LANG value such as "C" or "en_GB.UTF-8"): read it by hand.
    region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale)?.[1]
  }
  const code = region?.toUpperCase()
  return code && known.has(code) ? code : FALLBACK_COUNTRY
}
