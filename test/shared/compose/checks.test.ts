import { describe, expect, it } from 'vitest'
import {
  checkCompetingOffer,
  checkDraft,
  checkGeneric,
  checkLength,
  checkOverdoing,
  checkPlaceholders,
  checkRepeatedWords,
  checkSubject,
  checkTooSoon,
  composeDraft,
  countFollowUps,
  draftLength,
  findRepeatedWords
} from '../../../src/shared/compose'
import type { Message } from '../../../src/shared/model'
import { fullProcess, settings } from './fixtures'

const good = {
  subject: 'Thank you: Senior Backend Engineer interview at Acme Robotics',
  body: 'Hi Samantha,\n\nThank you for speaking with me on Tuesday. I enjoyed our conversation about the billing migration to Adyen.\n\nBest regards,\nJordan'
}
const process = fullProcess()
const points = process.rounds[1].points.filter((p) => p.status === 'accepted')

describe('checks', () => {
  it('placeholder: fires on an unfilled [placeholder], quiet otherwise', () => {
    const c = checkPlaceholders({ subject: 'Hi', body: "Hi [interviewer's name], about [role]" })
    expect(c?.level).toBe('warn')
    expect(c?.matches).toEqual(["[interviewer's name]", '[role]'])
    expect(c?.message).toContain("[interviewer's name]")
    expect(checkPlaceholders(good)).toBeNull()
  })

  it('generic: fires when no key point shows, quiet when one does', () => {
    const generic = { subject: good.subject, body: 'Hi Samantha,\n\nThank you for your time. I enjoyed our conversation and learning about the team.\n\nJordan' }
    expect(checkGeneric(generic, 'thank-you', points)?.level).toBe('warn')
    expect(checkGeneric(good, 'thank-you', points)).toBeNull()
    // Shorthand in the note still matches the expanded words in the draft.
    const expanded = { subject: '', body: 'I have been thinking about my people management experience.' }
    expect(checkGeneric(expanded, 'thank-you', [{ category: 'concern', text: 'no people mgmt exp' }])).toBeNull()
    // Nothing to compare with: a gentle nudge, not a warning.
    expect(checkGeneric(generic, 'thank-you', [])?.level).toBe('info')
    // Situations that need no detail are never generic.
    expect(checkGeneric(generic, 'final-follow-up', points)).toBeNull()
  })

  it('too long: words per situation, characters for LinkedIn with the live count', () => {
    const long = { subject: good.subject, body: 'word '.repeat(171) }
    expect(checkLength(long, 'thank-you', settings)?.message).toContain('171 words')
    expect(checkLength(good, 'thank-you', settings)).toBeNull()
    expect(checkLength(long, 'thank-you-panel', settings)).toBeNull()
    const note = { subject: '', body: 'x'.repeat(250) }
    const free = checkLength(note, 'linkedin-note', { linkedinPremium: false })
    expect(free?.message).toContain('250/200 characters')
    expect(checkLength(note, 'linkedin-note', { linkedinPremium: true })).toBeNull()
    expect(draftLength(note, 'linkedin-note', { linkedinPremium: true })).toEqual({ unit: 'characters', count: 250, limit: 300, over: false })
    // Emoji count as one character each, as LinkedIn counts them.
    expect(draftLength({ subject: '', body: '🎉🎉' }, 'linkedin-note', settings).count).toBe(2)
    expect(draftLength(good, 'thank-you', settings)).toMatchObject({ unit: 'words', limit: 170, over: false })
  })

  it('subject: fires when the role or company is missing, quiet when both are there', () => {
    expect(checkSubject({ subject: 'Thank you!', body: '' }, 'thank-you', process)).toMatchObject({ level: 'warn' })
    const noCompany = checkSubject({ subject: 'Thank you: Senior Backend Engineer', body: '' }, 'thank-you', process)
    expect(noCompany).toMatchObject({ level: 'info' })
    expect(noCompany?.message).toContain('the company (Acme Robotics)')
    expect(checkSubject(good, 'thank-you', process)).toBeNull()
    // Seniority words may be left out, and case and punctuation do not matter.
    expect(checkSubject({ subject: 'backend engineer role — ACME ROBOTICS', body: '' }, 'status-check', process)).toBeNull()
    expect(checkSubject({ subject: 'Engineer role at Acme Robotics', body: '' }, 'status-check', process)).not.toBeNull()
    expect(checkSubject({ subject: 'Role at Acme', body: '' }, 'status-check', { role: 'Designer', company: 'Acme Inc.' })).not.toBeNull()
    expect(checkSubject({ subject: 'Designer role at Acme', body: '' }, 'status-check', { role: 'Designer', company: 'Acme Inc.' })).toBeNull()
    // No subject line to check on a LinkedIn note or a card.
    expect(checkSubject({ subject: '', body: 'x' }, 'linkedin-note', process)).toBeNull()
    expect(checkSubject({ subject: '', body: 'x' }, 'thank-you-card', process)).toBeNull()
  })

  it('too soon: fires before the step is due, quiet on and after the day', () => {
    const c = checkTooSoon('status-check', '2026-03-10', '2026-03-16', '2026-03-03')
    expect(c?.message).toContain('Monday, March 16 (in 6 days)')
    expect(checkTooSoon('status-check', '2026-03-16', '2026-03-16', '2026-03-03')).toBeNull()
    expect(checkTooSoon('second-follow-up', '2026-03-20', '2026-03-16', '2026-03-03')).toBeNull()
    expect(checkTooSoon('status-check', '2026-03-10', null, '2026-03-03')).toBeNull()
    expect(checkTooSoon('offer-decline', '2026-03-10', '2026-03-16', '2026-03-03')).toBeNull()
    // A thank-you can go the same day, but not before the interview.
    expect(checkTooSoon('thank-you', '2026-03-03', '2026-03-04', '2026-03-03')).toBeNull()
    expect(checkTooSoon('thank-you', '2026-03-02', '2026-03-04', '2026-03-03')?.id).toBe('too-soon')
  })

  it('overdoing: fires on a fourth follow-up, quiet before', () => {
    expect(checkOverdoing('final-follow-up', 2)).toBeNull()
    expect(checkOverdoing('status-check', 3)?.level).toBe('warn')
    expect(checkOverdoing('thank-you', 5)).toBeNull()
    expect(checkOverdoing('withdrawal', 5)).toBeNull()
  })

  it('counts sent follow-ups of the latest round from the history', () => {
    const msg = (id: string, date: string, step: Message['step'], direction: Message['direction'] = 'sent'): Message => ({
      id, date, step, direction, situation: step ?? 'note', channel: 'email', subject: '', body: '', personId: null
    })
    const p = fullProcess()
    p.messages = [
      msg('a', '2026-02-25', 'status-check'), // earlier round
      msg('b', '2026-03-04', 'thank-you'),
      msg('c', '2026-03-16', 'status-check'),
      msg('d', '2026-03-20', null, 'received'),
      msg('e', '2026-03-23', 'second-follow-up')
    ]
    expect(countFollowUps(p)).toBe(2)
  })

  it('competing offer: fires without a confirmed written offer, quiet with one', () => {
    expect(checkCompetingOffer(good, 'competing-offer-timeline', false)?.level).toBe('warn')
    expect(checkCompetingOffer(good, 'competing-offer-withdraw', undefined)?.level).toBe('warn')
    expect(checkCompetingOffer(good, 'competing-offer-timeline', true)).toBeNull()
    // Mentioning another offer in any draft needs the same confirmation.
    const mention = { subject: 'x', body: 'I have received another offer and need to decide soon.' }
    expect(checkCompetingOffer(mention, 'status-check', false)?.id).toBe('competing-offer')
    expect(checkCompetingOffer(mention, 'status-check', true)).toBeNull()
    expect(checkCompetingOffer({ subject: '', body: 'I accept the offer.' }, 'offer-acceptance', false)).toBeNull()
  })

  it('repeated words: fires on "the the", across a line break, quiet on good text', () => {
    expect(findRepeatedWords('I enjoyed the the talk')).toEqual(['the the'])
    expect(findRepeatedWords('Thank you you\nyou were great')).toEqual(['you you'])
    expect(findRepeatedWords('We met met\nagain')).toEqual(['met met'])
    expect(findRepeatedWords('The the start')).toEqual(['The the'])
    expect(findRepeatedWords('Café café')).toEqual(['Café café'])
    expect(findRepeatedWords('the theme, other there, that that was it, 10 10')).toEqual([])
    expect(checkRepeatedWords({ subject: 'Re: the the role', body: '' })?.matches).toEqual(['the the'])
    expect(checkRepeatedWords(good)).toBeNull()
  })
})

describe('checkDraft', () => {
  it('lists every problem of a careless draft', () => {
    const draft = {
      subject: 'Checking in',
      body: `Hi [contact's name],\n\nI have another offer. I wanted to to check in. ${'more '.repeat(150)}`
    }
    const ids = checkDraft(draft, {
      process,
      settings,
      situation: 'status-check',
      today: '2026-03-10',
      plan: { due: '2026-03-16' },
      sentFollowUps: 3
    }).map((c) => c.id)
    expect(ids.sort()).toEqual(['competing-offer', 'generic', 'overdoing', 'placeholder', 'repeated-word', 'subject', 'too-long', 'too-soon'])
  })

  it('is quiet on a composed draft at the right time', () => {
    const ctx = { process, settings, situation: 'status-check' as const, today: '2026-03-16' }
    const draft = composeDraft(ctx)
    expect(checkDraft(draft, { ...ctx, plan: { due: '2026-03-16' } })).toEqual([])
    // Editing it carelessly brings the checks back.
    expect(draft.body).toMatch(/especially after (?:our conversation about|hearing that) [^.]+\./)
    const edited = { ...draft, body: draft.body.replace(/(especially after )(?:our conversation about|hearing that) [^.]+/, '$1the the project') }
    expect(checkDraft(edited, { ...ctx, plan: { due: '2026-03-16' } }).map((c) => c.id).sort()).toEqual(['generic', 'repeated-word'])
  })
})
