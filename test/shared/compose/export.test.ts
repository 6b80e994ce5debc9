import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { composeDraft, SITUATION_IDS } from '../../../src/shared/compose'
import { buildEml } from '../../../src/shared/export/eml'
import { buildMailto, mailtoTooLong } from '../../../src/shared/export/mailto'
import { fullProcess, settings } from './fixtures'

describe('composed drafts export cleanly', () => {
  it.each([...SITUATION_IDS])('%s goes through mailto and .eml unchanged', async (situation) => {
    const draft = composeDraft({ process: fullProcess(), settings, situation, today: '2026-03-05' })
    const url = buildMailto({ to: draft.to, subject: draft.subject, body: draft.body })
    expect(mailtoTooLong(url)).toBe(false)
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(url)?.[1] ?? '')
    expect(body).toBe(draft.body.replace(/\n/g, '\r\n'))
    const parsed = await PostalMime.parse(buildEml({ from: `${settings.name} <${settings.email}>`, to: draft.to, subject: draft.subject, body: draft.body }))
    expect(parsed.subject ?? '').toBe(draft.subject)
    expect(parsed.text).toBe(`${draft.body}\n`)
    expect(parsed.to?.map((t) => t.address)).toEqual(draft.to)
  })
})
