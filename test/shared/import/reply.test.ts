import { describe, expect, it } from 'vitest'
import { readEmail } from '../../../src/shared/import/email'
import { readReply } from '../../../src/shared/import/reply'
import { fixtureBytes } from './fixtures'

async function replyOf(fixture: string) {
  const r = await readEmail(fixtureBytes(fixture), { timeZone: 'America/Los_Angeles' })
  if (!r.ok) throw new Error(r.error)
  return readReply(r.email.text, { receivedOn: r.email.date })
}

describe('readReply: the fixtures', () => {
  it('a reply promising news by the end of next week (received Wed 11-18)', async () => {
    expect(await replyOf('reply-quoted-printable.eml')).toEqual({ kind: 'other', decisionBy: '2026-11-27' })
  })

  it('a rejection has no decision date still to come', async () => {
    expect(await replyOf('reply-rejection-html-base64.eml')).toEqual({ kind: 'rejection', decisionBy: null })
  })

  it('an offer with its answer-by date: the calendar date wins over the weekday before it', async () => {
    expect(await replyOf('reply-offer-pdf.eml')).toEqual({ kind: 'offer', decisionBy: '2026-12-11' })
  })
})

describe('readReply: kinds', () => {
  const on = { receivedOn: '2026-11-18' }
  it.each([
    ['We are pleased to offer you the role of Data Analyst.', 'offer'],
    ['Your offer letter is attached; have a look.', 'offer'],
    ['Unfortunately, we will not be extending an offer at this time.', 'rejection'],
    ['We regret to inform you that the position has been filled.', 'rejection'],
    ['We have decided to proceed with another candidate.', 'rejection'],
    ["We'd love to schedule a final round. Could you share your availability?", 'scheduling'],
    ['Does Thursday at 2pm work for you for the next interview?', 'scheduling'],
    ['After much deliberation, the team has decided not to move forward with your application.', 'rejection'],
    ["We won't be progressing your application further.", 'rejection'],
    ["We've gone with another candidate for this one.", 'rejection'],
    ['Sadly you were not selected for the role.', 'rejection'],
    ["I'm sorry, we are not able to make you an offer.", 'rejection'],
    ["Congratulations! We'd love to have you join the team as our new analyst.", 'offer'],
    ['Are you free on Tuesday afternoon for 30 minutes with the director?', 'scheduling'],
    ['Please pick a slot that suits you.', 'scheduling'],
    ['Thanks for the note, talk soon.', 'other'],
    ['Good news: you were successful at the panel stage.', 'other'],
    ['We were impressed by your portfolio and will be in touch.', 'other'],
    ['', 'other']
  ])('%s → %s', (text, kind) => {
    expect(readReply(text, on).kind).toBe(kind)
  })

  it('decision dates by the notes rules, read against the day received', () => {
    expect(readReply("We'll make a decision by Friday.", { receivedOn: '2026-11-18' }).decisionBy).toBe('2026-11-20')
    expect(readReply("We'll make a decision by Friday.", { receivedOn: '2026-11-21' }).decisionBy).toBe('2026-11-27')
    expect(readReply('Our office moves on Friday, December 4.', { receivedOn: '2026-11-18' }).decisionBy).toBeNull()
  })

  it('refuses a receivedOn that is not a date', () => {
    expect(() => readReply('hi', { receivedOn: '18/11/2026' })).toThrow(RangeError)
  })
})
