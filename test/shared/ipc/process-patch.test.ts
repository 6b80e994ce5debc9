import { describe, expect, it } from 'vitest'
import { processPatchSchema } from '../../../src/shared/ipc/contract'

describe('processes.update patch', () => {
  it('leaves out what it does not mention, so a decision phrase never blanks the posting link', () => {
    expect(processPatchSchema.parse({ decisionPhrase: 'by Friday' })).toEqual({ decisionPhrase: 'by Friday' })
    expect(processPatchSchema.parse({ mainContactId: 'h1' })).toEqual({ mainContactId: 'h1' })
  })

  it('still checks the fields it carries', () => {
    expect(processPatchSchema.parse({ company: '  Globex  ', postingUrl: 'https://globex.example/jobs' })).toEqual({
      company: 'Globex',
      postingUrl: 'https://globex.example/jobs'
    })
    expect(processPatchSchema.safeParse({ company: '   ' }).success).toBe(false)
    expect(processPatchSchema.safeParse({ postingUrl: 'javascript:alert(1)' }).success).toBe(false)
    expect(processPatchSchema.safeParse({ role: 'r'.repeat(201) }).success).toBe(false)
  })
})
