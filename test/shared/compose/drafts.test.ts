import { describe, expect, it } from 'vitest'
import {
  checkDraft,
  composeDraft,
  composeForEachInterviewer,
  findPlaceholders,
  interviewDatePhrase,
  pointAppears,
  recipientsFor,
  situationForDueStep,
  SITUATION_IDS,
  SITUATIONS,
  situationInfo,
  type ComposeExtra,
  type Situation
} from '../../../src/shared/compose'
import { DEFAULT_SETTINGS, type Process } from '../../../src/shared/model'
import { fullProcess, point, settings } from './fixtures'

const TODAY = '2026-03-16' // after every due date in the fixture

const EXTRA: Partial<Record<Situation, ComposeExtra>> = {
  'additional-info': { detail: 'Here is the link: https://jordan.example/case-study' },
  'other-contact': { detail: 'Thank you for referring me, it made a real difference' },
  'offer-decline': { detail: 'I have decided to stay closer to my family in Denver' },
  'competing-offer-withdraw': { offerConfirmed: true, offerCompany: 'Globex' },
  'competing-offer-timeline': { offerConfirmed: true, deadline: '2026-03-20' },
  'offer-acceptance': { detail: 'As discussed, I will start on Monday, April 6' },
  correction: { mistake: 'I gave my notice period as two weeks', correction: 'it is actually four weeks' }
}

const RECIPIENT_FIRST_NAME: Record<string, string> = { rec: 'Maria', sam: 'Samantha', raj: 'Raj', ola: 'Ola' }

function draftFor(situation: Situation, process: Process = fullProcess(), today = '2026-03-05') {
  const ctx = { process, settings, situation, today, extra: EXTRA[situation] ?? {} }
  return { ctx, draft: composeDraft(ctx) }
}

const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0

describe('composeDraft with complete data', () => {
  it.each([...SITUATION_IDS])('%s: no placeholder, names role, company, first name and date', (situation) => {
    const { draft } = draftFor(situation)
    const text = `${draft.subject}\n${draft.body}`
    // A promised link is the one thing only the user can fill in.
    expect(findPlaceholders(text).filter((p) => p !== '[link]')).toEqual([])
    expect(text).toContain('Senior Backend Engineer')
    expect(text).toContain('Acme Robotics')
    expect(draft.personId).not.toBeNull()
    expect(draft.body).toContain(RECIPIENT_FIRST_NAME[draft.personId as string])
    expect(draft.body).not.toContain('Dr.')
    if (situationInfo(situation).mentionsDate) expect(draft.body).toMatch(/\bon Tuesday\b/)
    if (situationInfo(situation).hasSubject) expect(draft.subject).not.toBe('')
    if (situation !== 'linkedin-note') expect(draft.body).toContain('Jordan Rivera')
    expect(draft.to).toHaveLength(1)
    expect(draft.body).not.toMatch(/\s[.,]|\.\.| {2}|\bi\s/)
    expect(draft.body).not.toContain('parking')
  })

  it.each(SITUATIONS.filter((s) => s.usesKeyPoint).map((s) => s.id))('%s uses an accepted key point', (situation) => {
    const { draft } = draftFor(situation)
    const accepted = fullProcess().rounds[1].points.filter((p) => p.status === 'accepted')
    expect(accepted.some((p) => pointAppears(p.text, draft.body))).toBe(true)
  })

  it.each([...SITUATION_IDS])('%s passes every check when sent at the right time', (situation) => {
    const { ctx, draft } = draftFor(situation, fullProcess(), TODAY)
    const checks = checkDraft(draft, { ...ctx, today: TODAY, plan: { due: '2026-03-16' }, sentFollowUps: 0 })
    const promised = draft.body.includes('As promised') && !draft.body.includes('https://')
    expect(checks).toEqual(promised ? [expect.objectContaining({ id: 'placeholder', matches: ['[link]'] })] : [])
  })

  it('sends thank-yous to the round interviewers and follow-ups to the main contact', () => {
    expect(draftFor('thank-you').draft.to).toEqual(['sam@acme.example'])
    expect(draftFor('status-check').draft.to).toEqual(['maria@acme.example'])
    expect(draftFor('other-contact').draft.to).toEqual(['ola@acme.example'])
  })

  it('keeps a short thank-you around 120 words and a panel one under 220', () => {
    const short = wordCount(draftFor('thank-you').draft.body)
    expect(short).toBeGreaterThanOrEqual(90)
    expect(short).toBeLessThanOrEqual(170)
    expect(wordCount(draftFor('thank-you-panel').draft.body)).toBeLessThanOrEqual(220)
    expect(wordCount(draftFor('thank-you-card').draft.body)).toBeLessThanOrEqual(90)
  })

  it('weaves key points in as sentences, not lists', () => {
    const body = draftFor('thank-you').draft.body
    expect(body).toContain('I especially enjoyed our conversation about the billing migration from Stripe to Adyen.')
    expect(body).toContain('the kind words about my Kafka experience')
    expect(body).toContain('As promised, here is my portfolio link with the case study: [link].')
    expect(body).not.toMatch(/^\s*[-*•]/m)
  })

  it('says when the decision was promised in a status check', () => {
    expect(draftFor('status-check').draft.body).toContain('by Friday, March 13')
  })

  it('fits the LinkedIn note to the free and the Premium limit', () => {
    const free = draftFor('linkedin-note').draft.body
    expect(free.length).toBeLessThanOrEqual(200)
    const premium = composeDraft({ process: fullProcess(), settings: { ...settings, linkedinPremium: true }, situation: 'linkedin-note', today: '2026-03-05' }).body
    expect(premium.length).toBeLessThanOrEqual(300)
    expect(premium.length).toBeGreaterThan(free.length)
    expect(premium).toContain('billing migration')
  })
})

describe('one thank-you per interviewer', () => {
  it('writes a draft to each interviewer of the round, each naming the others', () => {
    const drafts = composeForEachInterviewer({ process: fullProcess(), settings, situation: 'thank-you-panel', today: '2026-03-04' })
    expect(drafts.map((d) => d.to[0])).toEqual(['sam@acme.example', 'raj@acme.example'])
    expect(drafts[0].body).toMatch(/^Hi Samantha,/)
    expect(drafts[0].body).toContain('to meet Raj as well')
    expect(drafts[1].body).toMatch(/^Hi Raj,/)
    expect(drafts[1].body).toContain('to meet Samantha as well')
    // Different interviewers hear about different topics.
    expect(drafts[0].body).not.toBe(drafts[1].body.replace(/Raj/g, 'Samantha'))
    expect(drafts[1].body).toContain('you are moving to event sourcing')
  })

  it('lists recipients per situation and picks the fuller thank-you for a panel', () => {
    const p = fullProcess()
    expect(recipientsFor(p, 'thank-you', 'r2').map((x) => x.id)).toEqual(['sam', 'raj'])
    expect(recipientsFor(p, 'thank-you', 'r1').map((x) => x.id)).toEqual(['rec'])
    expect(recipientsFor(p, 'status-check').map((x) => x.id)).toEqual(['rec'])
    expect(recipientsFor(p, 'other-contact').map((x) => x.id)).toEqual(['ola'])
    expect(situationForDueStep(p, 'thank-you', 'r2')).toBe('thank-you-panel')
    expect(situationForDueStep(p, 'thank-you', 'r1')).toBe('thank-you')
    expect(situationForDueStep(p, 'second-follow-up')).toBe('second-follow-up')
  })

  it('can draft for a round other than the latest', () => {
    const d = composeDraft({ process: fullProcess(), settings, situation: 'thank-you', roundId: 'r1', today: '2026-02-21' })
    expect(d.body).toMatch(/^Hi Maria,/)
    expect(d.body).toContain('on Friday')
    expect(d.body).toContain('team size and on-call')
    expect(d.roundId).toBe('r1')
  })
})

describe('missing data', () => {
  function bareProcess(): Process {
    const p = fullProcess()
    return { ...p, people: [], mainContactId: null, decisionBy: null, rounds: [{ ...p.rounds[1], points: [] }] }
  }

  it.each([...SITUATION_IDS])('%s leaves visible placeholders that the check flags', (situation) => {
    const ctx = { process: bareProcess(), settings: DEFAULT_SETTINGS, situation, today: TODAY }
    const draft = composeDraft(ctx)
    const found = findPlaceholders(`${draft.subject} ${draft.body}`)
    expect(found.length).toBeGreaterThan(0)
    expect(draft.body).toMatch(/\[(?:interviewer's|contact's|their) name\]/)
    expect(draft.body).toContain('[your name]')
    expect(draft.to).toEqual([])
    const checks = checkDraft(draft, { ...ctx, sentFollowUps: 0 })
    const placeholder = checks.find((c) => c.id === 'placeholder')
    expect(placeholder?.matches).toEqual(expect.arrayContaining(found))
    if (situationInfo(situation).usesKeyPoint) {
      // The LinkedIn note is too short to carry a placeholder; it drops the detail instead.
      if (situation !== 'linkedin-note') expect(draft.body).toContain('[something specific you discussed]')
      expect(checks.map((c) => c.id)).toContain('generic')
    }
  })

  it('asks for the detail, the mistake and the deadline when they are not given', () => {
    const p = fullProcess()
    const body = (situation: Situation) => composeDraft({ process: p, settings, situation }).body
    expect(body('additional-info')).toContain('As promised, here is my portfolio link with the case study: [link].')
    expect(composeDraft({ process: p, settings, situation: 'additional-info', personId: 'raj' }).body).toContain(
      'On your question about my people management experience: [what you want to add].'
    )
    expect(body('other-contact')).toContain('[why you are writing to them]')
    expect(body('correction')).toContain('[what was wrong]')
    expect(body('correction')).toContain('[the correct detail]')
    expect(body('competing-offer-timeline')).toContain('[offer deadline]')
    expect(body('competing-offer-withdraw')).toContain('accepted an offer elsewhere')
  })

  it('asks for a link for a file and for the details themselves for references', () => {
    const keyPoints = [
      { category: 'action' as const, text: 'send my two references' },
      { category: 'action' as const, text: 'email them my notice period' },
      { category: 'action' as const, text: 'share the onboarding deck' }
    ]
    const body = composeDraft({ process: fullProcess(), settings, situation: 'additional-info', keyPoints }).body
    expect(body).toContain('here are my two references: [details].')
    expect(body).toContain('Here is my notice period as well: [details].')
    expect(body).toContain('the onboarding deck')
  })

  it("speaks of a problem they can't solve as one to help with, not one to enjoy", () => {
    const keyPoints = [{ category: 'topic' as const, text: "they can't staff the night shift since the spring" }]
    const body = composeDraft({ process: fullProcess(), settings, situation: 'thank-you', keyPoints }).body
    expect(body).toMatch(/how you can't staff the night shift/)
    expect(body).not.toMatch(/enjoyed[^.]*can't staff/)
  })

  it('tells them a plan that closes a gap, after what was promised, and keeps private to-dos out', () => {
    const keyPoints = [
      { category: 'action' as const, text: 'sign up for the evening Excel course before round 2' },
      { category: 'action' as const, text: 'send the portfolio link' },
      { category: 'action' as const, text: 'look up their quarterly report' }
    ]
    const body = composeDraft({ process: fullProcess(), settings, situation: 'additional-info', keyPoints }).body
    const plan = body.indexOf('planning on signing up for the evening Excel course.')
    expect(body.indexOf('here is the portfolio link')).toBeGreaterThan(0)
    expect(plan).toBeGreaterThan(body.indexOf('here is the portfolio link'))
    expect(body).not.toMatch(/quarterly report/)
  })

  it('uses the caller’s key points instead of the round’s when given', () => {
    const d = composeDraft({
      process: fullProcess(),
      settings,
      situation: 'thank-you',
      keyPoints: [{ category: 'topic', text: 'mentoring program for new grads' }]
    })
    expect(d.body).toContain('our conversation about the mentoring program for new grads')
    expect(d.body).not.toContain('Adyen')
  })

  it('ignores pending and dropped points', () => {
    const p = fullProcess()
    p.rounds[1].points = [point('topic', 'secret pending thing', 'pending'), point('topic', 'dropped thing', 'dropped')]
    const body = composeDraft({ process: p, settings, situation: 'thank-you' }).body
    expect(body).not.toMatch(/secret|dropped/)
    expect(body).toContain('[something specific you discussed]')
  })
})

describe('interviewDatePhrase', () => {
  it('writes dates the way people do', () => {
    expect(interviewDatePhrase('2026-03-03')).toBe('on Tuesday, March 3')
    expect(interviewDatePhrase('2026-03-03', '2026-03-03')).toBe('today')
    expect(interviewDatePhrase('2026-03-03', '2026-03-04')).toBe('on Tuesday')
    expect(interviewDatePhrase('2026-03-03', '2026-03-09')).toBe('on Tuesday')
    expect(interviewDatePhrase('2026-03-03', '2026-03-10')).toBe('on March 3')
    expect(interviewDatePhrase('2025-12-30', '2026-01-20')).toBe('on December 30, 2025')
  })
})
