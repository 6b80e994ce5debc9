import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

// Chromium's spellchecker on Windows and Linux fetches Hunspell dictionaries, converted to its own
// .bdic format, from a Google CDN. Afterview makes no network requests (SECURITY.md), so the
// download URL points at a folder on this machine instead: a dictionary already there is used,
// nothing is ever fetched. macOS uses the OS checker and downloads nothing.

export const FALLBACK_SPELLCHECK_LANGUAGE = 'en-US'

/** The part of Electron's Session this needs. */
export interface SpellcheckSession {
  readonly availableSpellCheckerLanguages: string[]
  setSpellCheckerLanguages(languages: string[]): void
  setSpellCheckerDictionaryDownloadURL(url: string): void
}

/**
 * The languages to check for a UI locale: the locale itself, else another variant of its language
 * ('de' for 'de-AT', 'fr-FR' for 'fr'), else en-US (which Chromium always offers). An empty list
 * would turn spellchecking off; Electron throws on a language it does not offer.
 */
export function spellCheckerLanguages(locale: string, available: readonly string[]): string[] {
  const wanted = locale.replace('_', '-').toLowerCase()
  const exact = available.find((l) => l.toLowerCase() === wanted)
  if (exact) return [exact]
  const language = wanted.split('-')[0]
  const fallback = available.find((l) => l.toLowerCase() === FALLBACK_SPELLCHECK_LANGUAGE.toLowerCase())
  const sameLanguage = available.filter((l) => l.toLowerCase().split('-')[0] === language)
  // The plain language ('de'), else the fallback when it is that language (en-IN -> en-US), else any variant.
  const variant = sameLanguage.find((l) => !l.includes('-')) ?? sameLanguage.find((l) => l === fallback) ?? sameLanguage[0]
  if (variant) return [variant]
  return fallback ? [fallback] : []
}

/** A file: URL, with the trailing slash Electron expects, for the local dictionary folder. */
export function localDictionaryUrl(userDataDir: string): string {
  const href = pathToFileURL(join(userDataDir, 'Dictionaries')).href
  return href.endsWith('/') ? href : `${href}/`
}

export function configureSpellChecker(session: SpellcheckSession, locale: string, userDataDir: string): void {
  // Set before the languages: choosing a language is what starts a dictionary download.
  session.setSpellCheckerDictionaryDownloadURL(localDictionaryUrl(userDataDir))
  session.setSpellCheckerLanguages(spellCheckerLanguages(locale, session.availableSpellCheckerLanguages))
}
