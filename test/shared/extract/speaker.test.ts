import { describe, expect, it } from 'vitest'
import { extractKeyPoints, type Extraction } from '../../../src/shared/extract/index'

// Who each point came from. Notes are made up for these tests.
const run = (notes: string): Extraction => extractKeyPoints(notes, { interviewDate: '2026-04-14' })
const speakerOf = (out: Extraction, fragment: string) => {
  const point = out.points.find((p) => p.text.toLowerCase().includes(fragment.toLowerCase()))
  expect(point, `no point holds "${fragment}"`).toBeDefined()
  return point!.speaker
}

describe('speakers', () => {
  const panel = [
    'Onsite at Brightwell Foods',
    'Met Lucia Ferraro (plant manager) and Owen Pratt (quality lead).',
    '',
    'Lucia said the packaging line loses two hours a day to changeovers.',
    'She was impressed by my lean project at the bottling plant.',
    'Owen worried that I have never worked under a food safety audit.',
    'They run a short safety huddle at the start of every shift.',
    'I need to send Owen my HACCP certificate by Friday.'
  ].join('\n')

  it('keeps the teller of a paragraph for its "they" sentences, but not across a new line', () => {
    const out = run([
      'Met Lucia Ferraro and Owen Pratt.',
      '',
      'Lucia said the night shift is always short of fitters. They are trying a four-on four-off rota to fix it.',
      'They give every new fitter a buddy for the first month.'
    ].join('\n'))
    expect(speakerOf(out, 'four-on four-off rota')).toBe('Lucia Ferraro')
    expect(speakerOf(out, 'buddy for the first month')).toBeNull()
  })

  it('reads a paragraph under a line naming one person as theirs, one-letter labels and short names', () => {
    const people = ['Rosalind Okafor', 'Teodor Lind']
    const out = extractKeyPoints([
      'Panel at Fairhaven Clinic',
      '',
      'Rosalind Okafor (ward manager) - 8/10',
      'The ward is moving to electronic charts in March. They run a handover huddle at 7:30 every morning.',
      '',
      'Teodor Lind (practice educator)',
      'Mostly about the preceptorship. New starters get twelve supernumerary shifts.',
      '',
      '- T: study days are funded twice a year',
      "- Rosa's worry: I have never worked nights on a surgical ward"
    ].join('\n'), { interviewDate: '2026-04-14', people })
    expect(speakerOf(out, 'handover huddle')).toBe('Rosalind Okafor')
    expect(speakerOf(out, 'supernumerary shifts')).toBe('Teodor Lind')
    expect(speakerOf(out, 'study days')).toBe('Teodor Lind')
    expect(speakerOf(out, 'never worked nights')).toBe('Rosalind Okafor')
  })

  it('reads a numbered line naming a person, role in brackets, as heading what follows it', () => {
    const people = ['Hollis Varga', 'Marguerite Osei', 'Anselm Roy']
    const out = extractKeyPoints([
      'Loop at Tidewater Analytics',
      '',
      '1) Hollis Varga (Head of Data, the one I would report to)',
      'Mostly about the churn model and why the telco accounts keep leaving.',
      '',
      '2) Marguerite Osei (Analytics Engineer)',
      'Mostly about testing: their dbt models have almost no tests yet.',
      '',
      '3\uFE0F\u20E3 Anselm Roy (VP) \u2192 stakeholder stuff',
      '   \u2192 the warehouse bill doubled last year and finance wants answers',
      '4\uFE0F\u20E3 the recruiter will call on Monday'
    ].join('\n'), { interviewDate: '2026-04-14', people })
    expect(speakerOf(out, 'churn model')).toBe('Hollis Varga')
    expect(speakerOf(out, 'almost no tests')).toBe('Marguerite Osei')
    expect(speakerOf(out, 'warehouse bill')).toBe('Anselm Roy')
  })

  it('does not take a family name written first ("Park Min-ji") for a given name with a pronoun', () => {
    const people = ['Park Min-ji', 'Yoon Tae-hyun']
    const out = extractKeyPoints([
      'Interviewers: Park Min-ji (team lead), Yoon Tae-hyun (engineer).',
      'Park Min-ji talked about the team first.',
      'She worried that I have only one year as a site monitor.'
    ].join('\n'), { interviewDate: '2026-04-14', people })
    expect(speakerOf(out, 'one year as a site monitor')).toBe('Park Min-ji')
  })

  it('knows a person by one part of a hyphenated surname ("Mr Okoro-Bell")', () => {
    const people = ['Halima Sowe', 'Chidi Okoro-Bell']
    const out = extractKeyPoints([
      'Met Halima Sowe and Mr Chidi Okoro-Bell at the depot.',
      'Halima asked about my stock audits.',
      'Mr Okoro-Bell mentioned that the company pays for the forklift licence.'
    ].join('\n'), { interviewDate: '2026-04-14', people })
    expect(speakerOf(out, 'forklift licence')).toBe('Chidi Okoro-Bell')
  })

  it('gives what a "he" or "she" asked the candidate to send to that person', () => {
    const people = ['Halima Sowe', 'Chidi Okoro-Bell']
    const out = extractKeyPoints([
      'Met Halima Sowe and Chidi Okoro-Bell at the depot.',
      'Chidi ran through the shift pattern. He asked me to send a sample route plan by Monday.'
    ].join('\n'), { interviewDate: '2026-04-14', people })
    expect(speakerOf(out, 'sample route plan')).toBe('Chidi Okoro-Bell')
  })

  it('reads a form of address used alone ("Matron started …") as the one person it went before', () => {
    const people = ['Ifeoma Eze', 'Tunde Bakare']
    const out = extractKeyPoints([
      'Panel: Matron Ifeoma Eze (head of nursing) and Mr. Tunde Bakare from HR.',
      'Tunde Bakare explained the rota.',
      'Matron said the ward delivers about ninety babies a month and is short of night staff.'
    ].join('\n'), { interviewDate: '2026-04-14', people })
    expect(speakerOf(out, 'ninety babies')).toBe('Ifeoma Eze')
  })

  it('takes a name written after a quote or a dash as who said it', () => {
    const out = extractKeyPoints([
      'Met Lucia Ferraro and Owen Pratt.',
      '- "we never skip the pre-shift check" (Owen)',
      '- every line lead owns their own scrap numbers - Lucia'
    ].join('\n'), { interviewDate: '2026-04-14', people: ['Lucia Ferraro', 'Owen Pratt'] })
    expect(speakerOf(out, 'pre-shift check')).toBe('Owen Pratt')
    expect(speakerOf(out, 'scrap numbers')).toBe('Lucia Ferraro')
  })

  it('gives a point the person named as its subject or as the one reporting it', () => {
    const out = run(panel)
    expect(out.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Lucia Ferraro', 'Owen Pratt']))
    expect(speakerOf(out, 'loses two hours')).toBe('Lucia Ferraro')
    expect(speakerOf(out, 'never worked under')).toBe('Owen Pratt')
  })

  it('carries a name to the "she" or "he" of the next sentence', () => {
    expect(speakerOf(run(panel), 'impressed by my lean project')).toBe('Lucia Ferraro')
  })

  it('gives "they" (the company) no speaker', () => {
    expect(speakerOf(run(panel), 'safety huddle')).toBeNull()
  })

  it('gives an action the person it is addressed to', () => {
    expect(speakerOf(run(panel), 'HACCP certificate')).toBe('Owen Pratt')
  })

  it('gives the only interviewer points the notes do not attribute', () => {
    const notes = [
      'Phone screen, Northgate Transit',
      'Spoke with Hana Mori (dispatch supervisor).',
      '',
      '- the night routes are short of drivers since the spring',
      '- was impressed by how I handled the complaint scenario'
    ].join('\n')
    const out = run(notes)
    expect(out.people.map((p) => p.name)).toEqual(['Hana Mori'])
    expect(out.points.length).toBeGreaterThan(0)
    for (const p of out.points) expect(p.speaker).toBe(p.category === 'action' ? null : 'Hana Mori')
  })

  it('names a speaker only from the people found', () => {
    const out = run(panel)
    const names = out.people.map((p) => p.name)
    for (const p of out.points) if (p.speaker !== null) expect(names).toContain(p.speaker)
  })

  it('sends a "she" back to the last person called "she", past a "he" named since', () => {
    const notes = [
      'Video call with Marta Quist (ops director).',
      'Marta said she wants the returns backlog cleared by summer.',
      'The site lead is Pavel Dunn, he will run the second round.',
      'She was impressed by my cycle-count project at the old warehouse.'
    ].join('\n')
    expect(speakerOf(run(notes), 'cycle-count project')).toBe('Marta Quist')
  })

  it('finds speakers among the people already on the process when the notes hide them', () => {
    const notes = [
      'phone call, the lady was rosa lindqvist the clinic manager',
      'Rosa said their wait for new patients is six weeks.',
      'She worried I have never worked with pediatric patients.'
    ].join('\n')
    const known = extractKeyPoints(notes, { interviewDate: '2026-04-14', people: ['Rosa Lindqvist', 'Ivo Brandt'] })
    expect(speakerOf(known, 'six weeks')).toBe('Rosa Lindqvist')
    expect(speakerOf(known, 'pediatric patients')).toBe('Rosa Lindqvist')
    // They name speakers only: which units are key points does not change.
    expect(known.points.map((p) => [p.category, p.text])).toEqual(run(notes).points.map((p) => [p.category, p.text]))
  })

  it('gives "send her …" the person the "her" points back to', () => {
    const notes = [
      'Video call with Marta Quist (ops director) and Pavel Dunn (site lead).',
      'Pavel said the night shift is short of pickers.',
      'Marta said she wants the returns backlog cleared by summer.',
      'Need to send her my forklift certificate by Friday.'
    ].join('\n')
    expect(speakerOf(run(notes), 'forklift certificate')).toBe('Marta Quist')
  })

  describe('names written loosely', () => {
    const people = ['Tamsin Okafor', 'Will Garrido', 'Jonas Ahlberg']
    const withPeople = (notes: string) => extractKeyPoints(notes, { interviewDate: '2026-04-14', people })

    it('reads a known first name typed in lower case, but not an everyday word that is also a name', () => {
      const notes = [
        'panel w tamsin + will + jonas',
        '- tamsin said their returns backlog is 3 weeks deep',
        '- jonas worried i have never run a night shift',
        '- will ask about the parking permit later'
      ].join('\n')
      const out = withPeople(notes)
      expect(speakerOf(out, 'returns backlog')).toBe('Tamsin Okafor')
      expect(speakerOf(out, 'night shift')).toBe('Jonas Ahlberg')
    })

    it('reads initials and an initial with a full stop', () => {
      const notes = [
        'Met Tamsin Okafor and Jonas Ahlberg.',
        'JA said my stock rotation dashboard was impressive.',
        'T. worried that I have never managed a union site.'
      ].join('\n')
      const out = withPeople(notes)
      expect(speakerOf(out, 'stock rotation dashboard')).toBe('Jonas Ahlberg')
      expect(speakerOf(out, 'union site')).toBe('Tamsin Okafor')
    })

    it("reads a name run into a contraction (\"Sam'll\")", () => {
      const notes = ['Met Tamsin Okafor and Jonas Ahlberg.', "Jonas'll call me with a decision by Friday."].join('\n')
      expect(speakerOf(withPeople(notes), 'decision by Friday')).toBe('Jonas Ahlberg')
    })

    it('does not read a lower-case word as a person the finder guessed', () => {
      // No people on the process: "tamsin" in lower case is not taken for the Tamsin found.
      const notes = ['Met Tamsin Okafor (ops lead) and Jonas Ahlberg (site manager).',
        'tamsin said the depot moves to a four-day week.'].join('\n')
      expect(speakerOf(run(notes), 'four-day week')).not.toBe('Tamsin Okafor')
    })
  })

  it('gives the units under a heading that names one person to that person', () => {
    const notes = [
      'Onsite at Kestrel Depot, warehouse lead role',
      '',
      '## With Tamsin Okafor',
      'Long chat first.',
      'Biggest problem is the night crew, three leads lost since March.',
      '',
      '## With Jonas Ahlberg',
      'Every incident gets a written review within a day.'
    ].join('\n')
    const out = run(notes)
    expect(speakerOf(out, 'three leads lost')).toBe('Tamsin Okafor')
    expect(speakerOf(out, 'written review')).toBe('Jonas Ahlberg')
  })

  describe('pronouns', () => {
    it('sends a "she" past a man named since to the woman named before him', () => {
      const notes = [
        'Panel: Margaret Oyelaran (clinic lead) and Desmond Achterberg (practice manager).',
        'Margaret opened with the waiting list for new patients.',
        'Desmond took me through the rota software.',
        'Then she worried that I have never run a weekend clinic alone.'
      ].join('\n')
      expect(speakerOf(run(notes), 'weekend clinic')).toBe('Margaret Oyelaran')
    })

    it('lets the notes decide over what a first name usually goes with', () => {
      const notes = [
        'Panel: Robin Halvorsen (ops lead) and Kit Varga (finance).',
        'Robin said she wants the depot audit closed by June, she was very clear.',
        'Kit asked about my forecasting model.',
        'Then she pressed me on whether I have managed a night shift.'
      ].join('\n')
      expect(speakerOf(run(notes), 'night shift')).toBe('Robin Halvorsen')
    })

    it('reads a pronoun after a name in the same sentence as that person', () => {
      const notes = [
        'Met Priyanka Deshmukh and Oliver Brandvold.',
        'Oliver asked about the depot move.',
        'Last was Priyanka, and she said my safety walk checklist was the best she had seen.'
      ].join('\n')
      expect(speakerOf(run(notes), 'safety walk checklist')).toBe('Priyanka Deshmukh')
    })
  })
})
