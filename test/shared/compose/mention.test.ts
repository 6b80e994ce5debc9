import { describe, expect, it } from 'vitest'
import { actionKind, mentionFor, pointMention, type MentionPoint } from '../../../src/shared/compose'
import { expandNoteShorthand } from '../../../src/shared/compose/mention-lexicon'

const ctx = { company: 'Harbor Health', people: ['Maya Chen', 'Tom Reyes'] }
const say = (category: MentionPoint['category'], text: string) => mentionFor({ category, text }, ctx)

describe('mentionFor', () => {
  it.each([
    ['topic', "they're planning to consolidate three scheduling apps into one", 'your plan to consolidate three scheduling apps into one'],
    ['topic', '- Billing migration from Stripe -> Adyen', 'the billing migration from Stripe to Adyen'],
    ['topic', 'big issue rn = onboarding backlog for new clinics', 'the onboarding backlog for new clinics'],
    ['topic', 'they have a four-week wait for new referrals', 'your four-week wait for new referrals'],
    ['topic', 'they need someone who can own the vendor contracts', 'your need for someone who can own the vendor contracts'],
    ['culture', 'Team does design crits Tues/Thurs, async-first, no cameras required.', 'your design critiques on Tuesdays and Thursdays'],
    ['culture', 'huddle at 8:15 every morning, doctors included', 'your huddle at 8:15 every morning'],
    ['culture', 'everyone eats lunch together on Fridays lol', 'how everyone eats lunch together on Fridays'],
    ['culture', 'the harvest runs march to june, then the crews rest', 'how the harvest runs March to June'],
    ['culture', 'most clients want thai and english at the front desk', 'how most clients want Thai and English at the front desk'],
    ['culture', 'every atty has a paralegal backup', 'how every attorney has a paralegal backup'],
    ['praise', 'She liked my rota template from previous job', 'my rota template from my previous job'],
    ['concern', "- worried I've only taught in a village primary, never a secondary", 'my experience teaching in a village primary'],
    ['praise', 'Maya said my accessibility audit case study was exactly what they need.', 'my accessibility audit case study'],
    ['praise', 'Tom liked my exp w/ vendor mgmt', 'my experience with vendor management'],
    ['praise', 'she lit up when I described the intake checklist I built', 'the intake checklist I built'],
    ['praise', 'Tom: "your roadmap deck was the clearest one we saw"', 'my roadmap deck'],
    ['concern', "Tom worried I haven't worked on B2B healthcare workflows.", 'my experience with B2B healthcare workflows'],
    ['concern', 'Maya pushed on my budget experience, only ever managed $50K', 'my budget experience'],
    ['concern', "he came back to the fact that I've never had direct reports", 'my experience with direct reports'],
    ['concern', 'Maya asked whether I had run a hiring loop before', 'whether I had run a hiring loop'],
    ['action', 'I promised to send Maya the Figma link to the patient-intake redesign.', 'the Figma link to the patient-intake redesign'],
    ['action', 'email Tom the onboarding plan I mentioned', 'the onboarding plan I mentioned'],
    ['action', 'have to send her: my forklift licence, and two references', 'my forklift licence'],
    ['action', 'ask Tom whether the night premium rises after a year', 'whether the night premium rises after a year'],
    ['action', 'send portfolio link', 'my portfolio link'],
    ['praise', 'Tom got excited about the shared-calendar idea', 'the shared-calendar idea'],
    ['praise', 'Maya, right after the presentation: "you never once read from a script"', 'my presentation'],
    ['praise', 'Tom said it was the clearest rollout story he had heard this month', 'my rollout story'],
    ['topic', 'Their Angular app is 9 years old, nobody wants to touch it', 'how your Angular app is 9 years old'],
    ['topic', 'Tom explained they are moving every clinic onto one booking system', 'how you are moving every clinic onto one booking system'],
    ['topic', 'Maya asked me a lot about HL7 interfaces with the labs', 'HL7 interfaces with the labs'],
    ['topic', 'Tom (head of rostering) went deep on the night-shift gaps', 'the night-shift gaps'],
    ['topic', 'Their patient satisfaction scores dropped after they moved to twelve-hour shifts last spring and never came back',
      'your patient satisfaction scores'],
    ['praise', 'Maya smiled when I rebuilt the invoice tracker on the spot', 'how I rebuilt the invoice tracker on the spot'],
    ['praise', 'she liked that I cleaned up the intake form first', 'how I cleaned up the intake form'],
    ['concern', 'Tom pushed hard on capacity planning.', 'capacity planning'],
    ['concern', "Maya worried I don't know payroll regulations well", 'my knowledge of payroll regulations'],
    ['concern', 'Maya was not sure I have enough costing experience for this', 'my costing experience'],
    ['concern', "I've only used Asana and Trello so far", 'my experience with Asana and Trello'],
    ['action', 'sign up for the evening Excel course before round 2', 'signing up for the evening Excel course'],
    ['action', 'enrol in the HACCP refresher before the trial shift', 'enrolling in the HACCP refresher'],
    ['action', 'brush up on HL7 messaging this weekend', 'brushing up on HL7 messaging'],
    ['action', 'email Tom updated resume with the Kaiser project', 'my updated resume with the Kaiser project'],
    ['action', 'at the end Maya asked for my sample audit report, redacted', 'my sample audit report'],
    ['action', 'ask Tom if the role includes weekend cover', 'whether the role includes weekend cover'],
    ['action', 'ask Maya what the onboarding looks like;', 'what the onboarding looks like'],
    ['action', 'ask Tom which rota system they use', 'which rota system you use'],
    ['action', 'I owe Maya the onboarding checklist from my last job', 'the onboarding checklist from my last job'],
    ['action', 'portfolio PDF → Tom', 'my portfolio PDF'],
    ['action', 'copy of my forklift licence to Tom', 'a copy of my forklift licence'],
    ['action', 'send Tom the ward rota with the names blanked out', 'the ward rota'],
    ['action', 'promised to send Maya the write-up of my survey method', 'the write-up of my survey method'],
    ['concern', 'Tom: little exposure to grant reporting, they file 30 a year', 'my experience with grant reporting'],
    ['concern', 'she flagged no experience leading a night crew', 'my experience leading a night crew'],
    ['concern', 'worried I have never done wholesale, they ship to 40 shops', 'my experience with wholesale'],
    ['concern', 'flag: never reported directly to a COO', 'my experience reporting to a COO'],
    ['concern', 'they want someone who has run a bonded warehouse', 'my experience running a bonded warehouse'],
    ['concern', 'Maya doubted I could bear the early starts', 'the early starts'],
    ['praise', 'Tom liked that I chart every call in the CRM, said most reps skip it', 'how I chart every call in the CRM'],
    ['praise', "Maya liked that I'd run payroll for 300 staff before", "how I've run payroll for 300 staff"],
    ['praise', 'she was pleased i know Revit well', 'my knowledge of Revit'],
    ['praise', 'Tom liked that I already hold the forklift ticket', 'my forklift ticket'],
    ['culture', 'each support ticket gets a reply within four hours', 'how each support ticket gets a reply within four hours'],
    ['culture', 'they also pay the union dues', 'how you also pay the union dues'],
    ['culture', 'the clinics close at 7pm mon-fri', 'how the clinics close at 7pm Monday to Friday'],
    ['culture', 'nurses swap shifts through an app', 'how nurses swap shifts through an app'],
    ['culture', 'night audits checked by 2 people always', 'your night audits'],
    ['action', 'email Ms Chen my shift log sample (names removed!)', 'my shift log sample'],
    ['action', 'send Dr. Reyes a copy of my infection audit', 'a copy of my infection audit'],
    ['action', 'send MC the rota template ppt', 'the rota template ppt'],
    ['action', 'send tom my forklift cert + the first aid one', 'my forklift certification'],
    ['action', 'send Tom the anonymised depot survey I mentioned', 'the anonymised depot survey I mentioned'],
    ['action', 'send Maya anonymised copy of the audit plan', 'my anonymised copy of the audit plan'],
    ['topic', 'She wants someone who can untangle the vendor invoices', 'your need for someone who can untangle the vendor invoices'],
    ['topic', 'He also asked a lot about cold chain audits, which I know well', 'the cold chain audits'],
    ['topic', "they're short two night porters since feb", "how you're short two night porters since February"],
    ['action', 'ask about their parental leave policy', 'your parental leave policy'],
    ['action', 'TODO ask him re: mileage on home visits', 'the mileage on home visits'],
    ['praise', "she seemed impressed that I'd drafted the safety plans myself", "how I've drafted the safety plans"],
    ['action', 'ask whether senior QS get a car allowance', 'whether senior QS get a car allowance'],
    ['culture', 'weekly rota review, Mr. Reyes runs it', 'your weekly rota review'],
    ['action', 'mail Tom my reference letter draft', 'my reference letter draft'],
    ['action', '[ ] find out if they cover parking', 'whether you cover parking'],
    ['action', 'check whether they pay for the HGV licence', "whether you pay for the HGV licence"],
    ['action', 'follow up w/ Maya re: the rota template I mentioned', 'the rota template I mentioned'],
    ['action', 'also follow up with Tom about the start date', 'the start date'],
    ['action', 'forklift ticket + the pick-rate sheet I mentioned', 'my forklift ticket and the pick-rate sheet I mentioned'],
    ['action', 'A: Copy of my food hygiene cert', 'a copy of my food hygiene certification'],
    // A measured thing takes an article; a time word or a reply at the end is the note's.
    ['culture', '10-hour shifts, four on three off', 'your 10-hour shifts'],
    ['topic', 'they are rebuilding the returns process right now', 'how you are rebuilding the returns process'],
    ['topic', 'the fleet audit coming', 'the fleet audit'],
    ['topic', 'the night audit yes', 'the night audit'],
    ['culture', 'rota weekly, swaps by app', 'your weekly rota'],
    ['culture', '£2k training budget each year', 'your £2k training budget each year'],
    ['culture', 'core hours 11 to 3', 'your core hours 11 to 3'],
    ['culture', "they run a Monday 'wins' standup", 'how you run a Monday wins standup'],
    ['topic', "they're opening a second depot in july", "how you're opening a second depot in July"],
    // What they feared would weigh on me; how much of it I lack is the doubt's, not the thing's.
    ['concern', 'Tom wondered whether the drive from Leeds every day would wear me out', 'the drive from Leeds'],
    ['concern', 'Maya worried the early shifts would tire me out', 'the early shifts'],
    ['concern', "Tom asked, I haven't done much fibre splicing", 'my experience with fibre splicing'],
    ['concern', 'Tom asked, I have no relevant experience with grant audits', 'my experience with grant audits'],
    ['concern', 'Tom worried about my spanish for the supplier meetings', 'my Spanish for the supplier meetings'],
    ['praise', 'Tom said my rota plan for the clinic was really clear', 'my rota plan for the clinic'],
    ['praise', 'Maya liked my NVQ level 3 in plumbing', 'my NVQ level 3 in plumbing'],
    // Things to send that open on a verb-like word, an acronym in capitals or a count.
    ['action', 'send Tom scan of my HGV licence', 'the scan of my HGV licence'],
    ['action', 'send Maya the CAN bus diagram', 'the CAN bus diagram'],
    ['action', 'I owe Tom the budget on one page', 'the budget on one page'],
    ['action', 'ask whether the bonus is paid qtrly or yearly', 'whether the bonus is paid quarterly or yearly'],
    ['action', 'send Tom my 3yrs of payslips', 'my 3 years of payslips'],
    ['action', 'send Tom the 5yrs address history', 'the 5-year address history']
  ] as const)('%s %j → %j', (category, text, mention) => {
    expect(say(category, text)).toEqual({ usable: true, text: mention })
  })

  it.each([
    ['topic', 'I was nervous the whole time ugh'],
    ['topic', 'she showed me her dashboard'],
    ['praise', 'I think it went well? 8/10'],
    ['concern', 'I rambled on the last question'],
    ['action', 'look up their quarterly report b4 round 2'],
    ['action', "renew my license, don't forget"],
    ['concern', "Tom said I don't push back on the sales team"],
    ['action', 'book SLT reading + writing slots'],
    ['action', 'I owe Tom a call tomorrow'],
    ['topic', "Maya asked how I'd plan the first month"],
    ['topic', "they don't understand how to reach younger donors"],
    ['culture', 'no blame culture, they repeat it a lot'],
    ['action', 'send Maya a short note'],
    ['concern', 'they need someone who can cope with a loud site'],
    // Never "how porters plan your breaks"; "their" said to them would read as theirs.
    ['culture', 'porters plan their own breaks, no rota'],
    ['topic', 'Mrs Okonjo-Vance'],
    ['culture', 'they describe the ward as flat'],
    ['culture', 'they also have a strict rule that nobody emails after six'],
    ['topic', 'she want planner who can own the depot budget'],
    ['topic', 'Mrs K-L concern about the rota'],
    ['action', 'check if the college course still runs in spring'],
    ['action', 'get a copy of their induction checklist, she offered'],
    ['next-step', 'they will decide by Friday'],
    // A time, a count, or one plain word of theirs says nothing a reader could recognise.
    ['culture', 'every Tuesday there is a "bug bash" where devs pair up'],
    ['topic', '250 stores now, 400 by next spring'],
    ['topic', 'the vendors'],
    ['topic', 'the big question right now'],
    // Phone notes write names in lower case: still a person, not a point.
    ['culture', 'tom reyes big on mentoring before anything'],
    ['action', 'Begin evening Excel classes, need it anyway'],
    ['action', 'chase the recruiter about parking'],
    // A count, a jotted schedule, a date in digits, a person, or a plan whose object was said before.
    ['topic', '90 vans on the road right now'],
    ['culture', 'payroll runs 10/15 monthly'],
    ['culture', 'lab 4 days, 1 from home'],
    ['culture', 'every Tuesday 7:30 stock count'],
    ['action', 'send my old supervisor as reference'],
    ['topic', "they're planning to solve it with a second shift"],
    // A rule or a quote cut in the middle.
    ['culture', 'the studio has the no late edits rule'],
    ['culture', 'they publish every Monday no matter'],
    ['culture', 'the depot is 85 drivers'],
    ['topic', 'Three people on the panel: Ada Quist (owner) and two shift leads.']
  ] as const)('%s %j cannot be said well: not used in drafts', (category, text) => {
    const m = say(category, text)
    expect(m.usable).toBe(false)
    expect(m.text).toBeNull()
    if (!m.usable) expect(m.reason).not.toBe('')
  })

  it('never leaves shorthand, asides or a person named in the phrase', () => {
    const m = say('culture', 'ppl do demos w/ the whole org every other Thurs, pretty fun lol 10/10')
    expect(m.usable).toBe(true)
    expect(m.text).not.toMatch(/\bppl\b|w\/|lol|10\/10|Thurs\b/)
    expect(say('action', 'send the deck Tom asked for').text).toBe('the deck')
  })

  it('never turns the "their" of another subject into "your"', () => {
    for (const text of ['a weekly review where trainees defend their designs to the leads', 'porters plan their own breaks']) {
      const m = say('culture', text)
      expect(m.text ?? '').not.toMatch(/\byour (?:designs|own breaks)\b/)
    }
  })

  it('prefers the user’s own wording', () => {
    expect(pointMention({ category: 'topic', text: 'ugh something', mention: 'your new patient portal.' }, ctx)).toEqual({ usable: true, text: 'your new patient portal' })
    expect(pointMention({ category: 'topic', text: 'they are moving to event sourcing', mention: '  ' }, ctx).text).toBe('how you are moving to event sourcing')
  })

  it('tells sends, questions and private to-dos apart', () => {
    expect(actionKind('email Tom my references')).toBe('send')
    expect(actionKind('ask abt the relocation budget')).toBe('ask')
    expect(actionKind('clarify the salary range in writing')).toBe('clarify')
    expect(actionKind('research their competitors')).toBe('private')
    expect(actionKind('enrol in the forklift refresher next month')).toBe('plan')
    expect(actionKind('Begin evening Excel classes')).toBe('private')
    expect(actionKind('check whether they fund the course')).toBe('ask')
  })

  it('leaves out a list of jottings, a quote cut short and a short name, and spells out shorthand', () => {
    expect(say('topic', 'the warehouse move, go-live 9/14, all hands').text ?? '').not.toMatch(/9\/14|all hands/)
    expect(say('culture', 'site visits 3~4 per month').text ?? '').not.toMatch(/about/)
    expect(say('culture', 'German with the team, English with clients').text ?? '').toMatch(/^your German/)
    expect(say('culture', 'Tom said the rule is "ship it small, ship it often."').text ?? '').not.toMatch(/is ship/)
    expect(say('culture', 'the rota is set by the charge nurse each week').text).toMatch(/is set by the charge nurse/)
    expect(say('culture', 'sales tgt reviewed monthly').text ?? '').not.toMatch(/\btgt\b/)
    const panel = { company: 'Harbor Health', people: ['Bartholomew Quist'] }
    expect(mentionFor({ category: 'action', text: 'send bart the site photos' }, panel).text).toBe('the site photos')
    expect(mentionFor({ category: 'topic', text: 'Bart opened with the flood plan' }, panel).text ?? '').not.toMatch(/bart/i)
    expect(actionKind('todo sign the consent form')).toBe('private')
  })
})

describe('expandNoteShorthand', () => {
  it('reads a slash after a count as a rate and between two words as a choice', () => {
    expect(expandNoteShorthand('14-16 visits/day, 3 shifts/wk, design/research')).toBe(
      '14 to 16 visits per day, 3 shifts per week, design or research'
    )
    expect(expandNoteShorthand('ISO 13485-2016 audit, EN 50128-1-2 rules, 3-4 weeks')).toBe('ISO 13485-2016 audit, EN 50128-1-2 rules, 3 to 4 weeks')
    expect(expandNoteShorthand('10hr nights, 6 hrs a day, ask re parking, re-entry plan')).toBe(
      '10-hour nights, 6 hours a day, ask about parking, re-entry plan'
    )
    expect(expandNoteShorthand('a 40h week, 24h cover')).toBe('a 40-hour week, 24-hour cover')
  })
})

describe('reactions that name nothing of mine', () => {
  it('is thanks for their kind words when it plainly approves, and unusable when it does not', () => {
    const kind = mentionFor({ category: 'praise', text: 'She said "honestly, nobody else got that far, really good"' })
    expect(kind).toMatchObject({ usable: true, generic: true, text: 'the kind words you shared' })
    expect(mentionFor({ category: 'praise', text: 'He said that was how the founder wanted it' }).usable).toBe(false)
    expect(mentionFor({ category: 'praise', text: 'She said it was not good enough yet' }).usable).toBe(false)
  })

  it('is the concern they raised when a doubt is plainly voiced but names nothing I could answer', () => {
    for (const text of ['He wasn\'t convinced, and said so twice.', 'She was clear it is the main worry.']) {
      expect(mentionFor({ category: 'concern', text })).toMatchObject({ usable: true, generic: true, text: 'the concern you raised' })
    }
    expect(mentionFor({ category: 'concern', text: 'I went over time.' }).usable).toBe(false)
    // "my experience with urban" would leave the adjective without its noun.
    expect(mentionFor({ category: 'concern', text: "Raul worried I've only worked urban" }).text).toBe('the concern you raised')
    expect(mentionFor({ category: 'concern', text: "worried I've only done retail" }).text).toBe('my experience with retail')
  })
})
