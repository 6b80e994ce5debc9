import { describe, expect, it } from 'vitest'
import { composeDraft, composeForEachInterviewer, firstName, isSpeaker, unusedPoints } from '../../../src/shared/compose'
import type { Process } from '../../../src/shared/model'
import { CHALLENGE, cultureTemplates, PRAISE_OWN, sentenceFor, thirdPerson, topicTemplates } from '../../../src/shared/compose/mention-sentences'
import { fullProcess, point, settings } from './fixtures'

// A panel of two where the notes say who said what.
function panel(): Process {
  const p = fullProcess()
  p.company = 'Harbor Health'
  p.role = 'Product Designer'
  p.people = [
    { id: 'maya', name: 'Maya Chen', title: 'Design Director', email: 'maya@harbor.example', linkedin: '', roundIds: ['r2'] },
    { id: 'tom', name: 'Tom Reyes', title: 'PM', email: 'tom@harbor.example', linkedin: '', roundIds: ['r2'] }
  ]
  p.mainContactId = 'maya'
  p.decisionPhrase = 'by Friday'
  p.rounds[1].points = [
    point('praise', 'Maya said my accessibility audit case study was exactly what they need.', 'accepted', 'Maya Chen'),
    point('concern', "Tom worried I haven't worked on B2B healthcare workflows.", 'accepted', 'Tom Reyes'),
    point('topic', "they're planning to consolidate three scheduling apps into one", 'accepted', 'Tom Reyes'),
    point('culture', 'Team does design crits Tues/Thurs, async-first, no cameras required.', 'accepted', null as unknown as string),
    point('action', 'I promised to send Maya the Figma link to the patient-intake redesign.', 'accepted', 'Maya Chen'),
    point('next-step', "Tom said they'd decide by Friday", 'accepted', 'Tom Reyes'),
    point('topic', 'ugh parking lol', 'accepted')
  ]
  return p
}

const ctx = { process: panel(), settings, situation: 'thank-you-panel' as const, today: '2026-03-04' }

describe('per-recipient drafts', () => {
  it('answers what each person said, and speaks of the other only in the third person', () => {
    const [maya, tom] = composeForEachInterviewer(ctx)
    expect(maya.body).toContain('my accessibility audit case study')
    expect(maya.body).toContain('As promised, here is the Figma link to the patient-intake redesign: [link].')
    expect(maya.body).not.toContain('your question about my experience with B2B')
    expect(tom.body).toMatch(/(?:your (?:candid )?question about|you asked about) my experience with B2B healthcare workflows/)
    expect(tom.body).toContain('your plan to consolidate three scheduling apps into one')
    expect(tom.body).not.toContain('Figma')
    for (const d of [maya, tom]) expect(d.body).not.toMatch(/Tues\/Thurs|\bugh\b|lol|crits/)
    const blank = (s: string) => s.replace(/Maya|Tom/g, 'X').replace(/^Hi X,/, '')
    expect(blank(maya.body)).not.toBe(blank(tom.body))
  })

  it('records how each point is used and lists the ones a draft leaves out', () => {
    const [maya, tom] = composeForEachInterviewer(ctx)
    const ids = (d: typeof maya) => d.pointUses.filter((u) => u.voice === 'direct').map((u) => u.id)
    const points = ctx.process.rounds[1].points
    expect(ids(maya)).toContain(points[0].id)
    expect(ids(tom)).toContain(points[1].id)
    expect(ids(maya)).not.toContain(points[1].id)
    const left = unusedPoints(ctx, tom).map((p) => p.id)
    expect(left).toContain(points[0].id)
    expect(left).not.toContain(points[5].id) // next steps are never listed
    expect(left).not.toContain(points[1].id)
  })

  it('keeps wording stable per recipient', () => {
    expect(composeForEachInterviewer(ctx)[1].body).toBe(composeForEachInterviewer(ctx)[1].body)
  })

  it('builds additional information from promises and doubts', () => {
    const maya = composeDraft({ ...ctx, situation: 'additional-info', personId: 'maya' }).body
    expect(maya).toContain('As promised, here is the Figma link to the patient-intake redesign: [link].')
    const tom = composeDraft({ ...ctx, situation: 'additional-info', personId: 'tom' }).body
    expect(tom).toContain('On your question about my experience with B2B healthcare workflows: [what you want to add].')
    expect(tom).not.toContain('[what you want to add]\n\n[what you want to add]')
  })

  it('answers a doubt nobody was named for to the main contact only, never to every panelist', () => {
    const process = panel()
    process.rounds[1].points.push(point('concern', 'they wondered whether I could start before the spring launch', 'accepted'))
    const to = (personId: string) => composeDraft({ ...ctx, process, situation: 'additional-info', personId }).body
    expect(to('maya')).toMatch(/whether I could start before the spring launch/)
    expect(to('tom')).not.toMatch(/spring launch/)
  })

  it('does not celebrate a hard side of the job they were open about', () => {
    const process = panel()
    process.rounds[1].points.push(point('culture', 'nurses burn out fast on the night rota', 'accepted', 'Tom Reyes'))
    const bodies = composeForEachInterviewer({ ...ctx, process }).map((d) => d.body).join('\n')
    expect(bodies).toMatch(/burn out/)
    expect(bodies).not.toMatch(/(?:loved|enjoyed|great fit)[^.]*burn out/)
    const m = 'how nurses burn out fast on the night rota'
    for (const seed of [0, 1, 2, 3]) expect(sentenceFor(cultureTemplates(m), m, seed)).not.toMatch(/loved|enjoyed|great fit/)
  })

  it('knows a person by full name, first name, a form of address or a nickname, and no one else', () => {
    const zubair = { name: 'Zubair Qadri' }
    for (const said of ['Zubair Qadri', 'Zubair', 'zubair sahab', 'Mr Zubair']) expect(isSpeaker(said, zubair)).toBe(true)
    expect(isSpeaker('Nella', { name: 'Antonella Ricci' })).toBe(true)
    for (const said of ['Zubair Khan', 'Qadri', 'Zub', 'Ella', null]) expect(isSpeaker(said, zubair)).toBe(false)
  })

  it('thanks only the person who approved for kind words when the praise names nothing of mine', () => {
    const p = panel()
    p.rounds[1].points = [
      point('praise', 'Tom laughed and said "honestly, nobody else got that far, really good"', 'accepted', 'Tom Reyes'),
      point('praise', 'Tom said it again at the end, he was clearly impressed', 'accepted', 'Tom Reyes'),
      point('praise', 'Maya said that the kitchen closes at six', 'accepted', 'Maya Chen')
    ]
    const [maya, tom] = composeForEachInterviewer({ ...ctx, process: p })
    expect(tom.body).toContain('the kind words you shared')
    expect(maya.body).not.toContain('kind words')
    // One thanks per person, and it is counted once: the second such point is left to offer.
    expect(tom.pointUses.map((u) => u.id)).toEqual([p.rounds[1].points[0].id])
    expect(maya.pointUses).toEqual([])
  })

  it('answers a doubt that names nothing only to the one who raised it, and never beside a named one', () => {
    const p = panel()
    p.rounds[1].points = [
      point('concern', 'Tom was not convinced, he said so twice', 'accepted', 'Tom Reyes'),
      point('concern', 'She was worried, that much was clear', 'accepted', null as unknown as string)
    ]
    const [maya, tom] = composeForEachInterviewer({ ...ctx, process: p })
    expect(tom.body).toContain('the concern you raised')
    expect(maya.body).not.toContain('concern')
    const extra = composeDraft({ ...ctx, process: p, situation: 'additional-info', personId: 'tom' })
    expect(extra.body).toContain('On the concern you raised: [what you want to add].')
    p.rounds[1].points.push(point('concern', "Tom worried I haven't worked on B2B healthcare workflows.", 'accepted', 'Tom Reyes'))
    const both = composeDraft({ ...ctx, process: p, situation: 'additional-info', personId: 'tom' })
    expect(both.body).toContain('my experience with B2B healthcare workflows')
    expect(both.body).not.toContain('the concern you raised')
  })

  it('gives a point nobody is named for to the panelist who spoke just before it', () => {
    const p = panel()
    p.rounds[1].points = [
      point('topic', 'Maya walked me through the design system migration', 'accepted', 'Maya Chen'),
      point('topic', 'Tom said the clinic dashboard is the next big launch', 'accepted', 'Tom Reyes'),
      point('culture', 'They hold a show-and-tell for the whole studio every month', 'accepted', null as unknown as string)
    ]
    const [maya, tom] = composeForEachInterviewer({ ...ctx, process: p })
    expect(tom.body).toContain('show-and-tell')
    expect(maya.body).not.toContain('show-and-tell')
  })

  it('offers to help with a problem, not with a rule that says "no"', () => {
    expect(topicTemplates('how no one takes calls after six')).not.toBe(CHALLENGE)
    expect(topicTemplates('how the supplier data is never checked')).toBe(CHALLENGE)
    expect(sentenceFor(cultureTemplates("how you don't take bookings on Sundays"), 'x', 0)).not.toMatch(/candid|openly/)
    expect(sentenceFor(cultureTemplates('how the spring season was weak'), 'x', 0)).toMatch(/candid|openly/)
  })

  it('greets a name written family name first by the given name, and knows them by it', () => {
    expect(isSpeaker('Min-ji', { name: 'Park Min-ji' })).toBe(true)
    expect(isSpeaker('Park', { name: 'Park Min-ji' })).toBe(true)
    expect(firstName('Park Min-ji')).toBe('Min-ji')
    expect(firstName('Nguyen Van Minh')).toBe('Minh')
    expect(firstName('Dr. Maya Chen')).toBe('Maya')
  })

  it('is glad to know the terms of the job, not in love with them, and never says it twice', () => {
    const process = panel()
    process.rounds[1].points = [
      point('culture', 'Tom said the on-call is one week in six', 'accepted', 'Tom Reyes'),
      point('culture', 'Tom said they work 10-hour shifts, four on three off', 'accepted', 'Tom Reyes')
    ]
    const tom = composeForEachInterviewer({ ...ctx, process })[1].body
    expect(tom).toMatch(/on-call/)
    expect(tom).toMatch(/10-hour shifts/)
    expect(tom).not.toMatch(/(?:loved|enjoyed|great fit)[^.]*(?:on-call|shifts)/)
    const openings = tom.split(/(?<=\.)\s+/).map((x) => x.split(' ').slice(0, 4).join(' '))
    expect(new Set(openings).size).toBe(openings.length)
  })

  it("words another panelist's point differently from letter to letter", () => {
    const m = { id: 'x', category: 'topic' as const, text: 'the depot move', speaker: 'Tom Reyes', kind: null }
    const said = [0, 1, 2].map((seed) => thirdPerson(m, 'Tom', seed))
    expect(new Set(said).size).toBe(3)
    for (const s of said) expect(s).toMatch(/Tom/)
    // As a letter's only detail there is nothing for "also" to add to.
    for (const seed of [0, 1, 2]) expect(thirdPerson(m, 'Tom', seed, true)).not.toMatch(/\balso\b|as well/)
    expect(thirdPerson({ ...m, category: 'concern' }, 'Tom', 0, true)).toBe("I appreciated Tom's question about the depot move.")
  })

  it('agrees the verb with what was praised', () => {
    expect(sentenceFor(PRAISE_OWN, 'my contacts at the council', 0)).toMatch(/that they resonated/)
    expect(sentenceFor(PRAISE_OWN, 'my roadmap deck', 0)).toMatch(/that it resonated/)
  })

  it('says who gave the decision date in a follow-up', () => {
    const body = composeDraft({ ...ctx, situation: 'status-check', today: '2026-03-16' }).body
    expect(body).toMatch(/Tom mentioned/)
  })

  it('names nobody for the decision date when its speaker is not on the process', () => {
    const process = panel()
    const round = process.rounds[process.rounds.length - 1]
    round.points = round.points.map((p) => (p.category === 'next-step' ? { ...p, speaker: 'Lisbon' } : p))
    const body = composeDraft({ ...ctx, process, situation: 'status-check', today: '2026-03-16' }).body
    expect(body).not.toMatch(/Lisbon/)
    expect(body).toMatch(/decision by/)
  })
})
