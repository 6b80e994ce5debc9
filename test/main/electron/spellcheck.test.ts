import { describe, expect, it, vi } from 'vitest'
import {
  configureSpellChecker,
  localDictionaryUrl,
  spellCheckerLanguages
} from '../../../src/main/electron/spellcheck'

// The spellchecker never reaches the network and never ends up switched off by the locale.

const chromiumList = ['af', 'bg', 'da', 'de', 'en-AU', 'en-GB', 'en-US', 'es', 'fr', 'nl', 'pt-BR', 'sv']

describe('spellcheck languages', () => {
  it('uses the locale when it is offered', () => {
    expect(spellCheckerLanguages('en-GB', chromiumList)).toEqual(['en-GB'])
    expect(spellCheckerLanguages('pt_BR', chromiumList)).toEqual(['pt-BR'])
  })

  it('uses another variant of the same language', () => {
    expect(spellCheckerLanguages('de-AT', chromiumList)).toEqual(['de'])
    expect(spellCheckerLanguages('fr-CA', chromiumList)).toEqual(['fr'])
    expect(spellCheckerLanguages('en-IN', chromiumList)).toEqual(['en-US'])
    expect(spellCheckerLanguages('pt-PT', chromiumList)).toEqual(['pt-BR'])
  })

  it('falls back to en-US for a language it does not offer, never to an empty list', () => {
    expect(spellCheckerLanguages('ja', chromiumList)).toEqual(['en-US'])
    expect(spellCheckerLanguages('de', ['en-US'])).toEqual(['en-US'])
    expect(spellCheckerLanguages('fr-FR', ['en-US'])).toEqual(['en-US'])
  })
})

describe('dictionary download', () => {
  it('points at a local folder, never a remote host, before any language is chosen', () => {
    const calls: string[] = []
    const session = {
      availableSpellCheckerLanguages: ['en-US'],
      setSpellCheckerDictionaryDownloadURL: vi.fn((url: string) => void calls.push(`url ${url}`)),
      setSpellCheckerLanguages: vi.fn((langs: string[]) => void calls.push(`langs ${langs.join(',')}`))
    }
    configureSpellChecker(session, 'de-DE', '/home/u/.config/Afterview')
    expect(calls).toEqual(['url file:///home/u/.config/Afterview/Dictionaries/', 'langs en-US'])
    const url = new URL(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0][0])
    expect(url.protocol).toBe('file:')
    expect(url.host).toBe('')
  })

  it('keeps a trailing slash (Electron appends the file name) and escapes odd folder names', () => {
    expect(localDictionaryUrl('/tmp/a b')).toBe('file:///tmp/a%20b/Dictionaries/')
  })
})
