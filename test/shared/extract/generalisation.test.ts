import { describe, expect, it } from 'vitest'
import { extractKeyPoints, type Extraction, type KeyPointCategory } from '../../../src/shared/extract/index'

// Behaviours added so the rules carry over to notes written differently from the dev set.
// Examples are made up for these tests.
const run = (notes: string, interviewDate = '2026-05-12'): Extraction => extractKeyPoints(notes, { interviewDate })
const categoryOf = (out: Extraction, fragment: string): KeyPointCategory | undefined =>
  out.points.find((p) => p.text.toLowerCase().includes(fragment.toLowerCase()))?.category
const pointWith = (out: Extraction, fragment: string) => out.points.find((p) => p.text.toLowerCase().includes(fragment.toLowerCase()))

describe('segmentation of jotted lines', () => {
  it('reads each line of a ragged paragraph as its own thought', () => {
    const notes = [
      'warehouse lead interview',
      '',
      'need to: send Omar my forklift card',
      'Omar said they will decide by Friday',
      'they have a cookout every first friday of the month'
    ].join('\n')
    const out = run(notes)
    expect(pointWith(out, 'forklift card')?.text).toBe('send Omar my forklift card')
    expect(categoryOf(out, 'forklift card')).toBe('action')
    expect(categoryOf(out, 'decide by Friday')).toBe('next-step')
    expect(categoryOf(out, 'cookout')).toBe('culture')
  })

  it('keeps a hard-wrapped paragraph reading across its lines', () => {
    const notes = [
      'Notes',
      '',
      'The director walked me through the intake backlog, which has grown every month since the old',
      'system was retired, and she said the new coordinator would own the fix end to end with IT.',
      'She also said they have a no-blame review after every missed deadline, which I appreciated.'
    ].join('\n')
    const out = run(notes)
    const backlog = pointWith(out, 'intake backlog')
    expect(backlog?.text).toContain('system was retired')
  })

  it('splits two thoughts joined by a semicolon', () => {
    const out = run('Notes\n\nMaria expects to make a decision within three weeks; the training cohort begins June 1.')
    expect(pointWith(out, 'decision within three weeks')?.text).not.toContain('cohort')
    expect(out.decisionBy?.date).toBe('2026-06-02')
  })
})

describe('headings by meaning', () => {
  it('reads PROS and CONS headings', () => {
    const notes = ['Interview', '', 'PROS', '- she thought my demo flow was tight', '', 'CONS', '- my SQL is rusty', '', 'VIBE', '- lunch together on Thursdays'].join('\n')
    const out = run(notes)
    expect(categoryOf(out, 'SQL is rusty')).toBe('concern')
  })

  it('does not make their plans the candidate\'s actions under a To do heading', () => {
    const out = run('Notes\n\nTo do\n- send Lee my portfolio link\n- they have three more candidates coming in tomorrow')
    expect(categoryOf(out, 'portfolio link')).toBe('action')
    expect(categoryOf(out, 'three more candidates')).not.toBe('action')
  })
})

describe('shorthand and dropped apostrophes', () => {
  it('reads "shed text me by monday" as a promise with a date', () => {
    // 2026-01-09 is a Friday.
    const out = run('shift lead interview\n\ntalked to the owner Jess. Jess said shed text me by monday either way.', '2026-01-09')
    expect(out.decisionBy?.date).toBe('2026-01-12')
    expect(categoryOf(out, 'text me by monday')).toBe('next-step')
  })

  it('expands shd and wd', () => {
    const out = run('Notes\n\n- prob shd brush up on the safety regs b4 next convo\n- new hire wd own the night desk')
    expect(categoryOf(out, 'safety regs')).toBe('action')
    expect(categoryOf(out, 'night desk')).toBe('topic')
  })
})

describe('categories by meaning', () => {
  it('reads quoted reactions and comparisons with others as praise', () => {
    const out = run('Notes\n\n- she said my floor plan was "cleaner than anything we got this round"\n- Ken said I stayed calmer than most applicants')
    expect(categoryOf(out, 'floor plan')).toBe('praise')
    expect(categoryOf(out, 'calmer than most')).toBe('praise')
  })

  it('reads negated liking and missing credentials as concerns, not praise', () => {
    const out = run('Notes\n\n- I said I could only do one weekend a month. she didn\'t love that\n- no CDL yet, he asked twice')
    expect(categoryOf(out, "didn't love that")).toBe('concern')
    expect(categoryOf(out, 'no CDL yet')).toBe('concern')
  })

  it('reads recurring team rituals and stated norms as culture', () => {
    const out = run('Notes\n\n- whole crew does a potluck once a month\n- nobody gets blamed for stopping the line\n- they give staff a paid volunteer day each quarter')
    expect(categoryOf(out, 'potluck')).toBe('culture')
    expect(categoryOf(out, 'stopping the line')).toBe('culture')
    expect(categoryOf(out, 'volunteer day')).toBe('culture')
  })

  it('reads shortages, slumps and dependencies as topics', () => {
    const out = run('Notes\n\n- they are 3 drivers short this summer\n- walk-in sales are down almost a half since the road closed\n- revenue is too dependent on one big client')
    expect(categoryOf(out, 'drivers short')).toBe('topic')
    expect(categoryOf(out, 'walk-in sales')).toBe('topic')
    expect(categoryOf(out, 'one big client')).toBe('topic')
  })

  it('leaves start-date logistics and waiting around out', () => {
    const out = run('Notes\n\n- start date would be Aug 3 with the new class\n- had to wait 20 min in the vestibule')
    expect(pointWith(out, 'start date')).toBeUndefined()
    expect(pointWith(out, 'vestibule')).toBeUndefined()
  })
})

describe('decision date across clauses', () => {
  it('prefers the date in the cue\'s own clause', () => {
    const out = run('Notes\n\nShe said the background check takes ~6 wks, they\'ll notify finalists by 6/1.')
    expect(out.decisionBy?.date).toBe('2026-06-01')
  })
})

describe('people', () => {
  it('reads a title run straight into a name', () => {
    const names = run('Notes\n\nMet with Product Manager Sam Lee and HR rep Dana Kim.').people
    expect(names).toEqual(expect.arrayContaining([{ name: 'Sam Lee', role: 'Product Manager' }, { name: 'Dana Kim', role: 'HR rep' }]))
  })

  it('finds no people in tools used, places or own contacts', () => {
    const notes = 'Notes\n\n- I have worked with Procore and Revit\n- the Denver office\n- ask my former manager Dolores for a reference\n- with the team Monday'
    expect(run(notes).people).toEqual([])
  })

  it('folds a guessed first name into the surname it belongs to', () => {
    const people = run('Notes\n\nDr. Patel (medical director, Anjali?) ran the interview.').people
    expect(people).toEqual([{ name: 'Anjali Patel', role: 'medical director' }])
  })

  it('takes Lt. and Sgt. as honorifics', () => {
    const names = run('Dispatcher oral board\n\nLt. Carol Ingram (shift commander) ran it. Sgt. Mike Dunphy asked about radio work.').people.map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['Carol Ingram', 'Mike Dunphy']))
  })
})

describe('doubts said back to the candidate', () => {
  it('reads "that\'s a problem" and "would take some getting used to" as concerns, not topics', () => {
    const out = run('Bakery interview\n\nI said I have never laminated dough by hand. She said that\'s a problem because mornings are all croissants.\n\nHe asked if I know Toast POS and I don\'t, which he said would take some getting used to.')
    expect(categoryOf(out, "that's a problem")).toBe('concern')
    expect(categoryOf(out, 'getting used to')).toBe('concern')
  })

})

describe('hypotheticals, rituals and unit abbreviations', () => {
  it('reads "I\'d need to catch up" as a doubt, not a to-do, and "expects staff to do" as no to-do', () => {
    const out = run('Clinic interview\n\nShe said they run a skills lab but I\'d need to catch up quickly on suturing.')
    expect(categoryOf(out, 'catch up quickly')).toBe('concern')
  })

  it('ends a sentence at "min." when a capital follows', () => {
    const out = run('Shop interview\n\nI rebuilt the carb in ~40 min. Gus said my teardown was really clean and methodical.')
    expect(pointWith(out, 'teardown')?.text).toBe('Gus said my teardown was really clean and methodical.')
  })

  it('reads team rituals and shared materials as culture', () => {
    const out = run('School interview\n\nThe counselors meet as a group every other Tuesday and share templates in one drive, nobody hoards anything.')
    expect(categoryOf(out, 'every other Tuesday')).toBe('culture')
  })
})
