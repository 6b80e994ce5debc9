import { describe, expect, it } from 'vitest'
import { extractKeyPoints, type FoundPerson } from '../../../src/shared/extract/index'

const people = (notes: string): FoundPerson[] => extractKeyPoints(notes, { interviewDate: '2026-05-12' }).people
const names = (notes: string): string[] => people(notes).map((p) => p.name)

describe('people with titles', () => {
  it('reads "Name, title", "Name - title", "Name (title)" and "title: Name"', () => {
    const found = people(
      [
        'Dana Whitfield, VP Sales',
        '- Theo Park - hardware eng',
        'met w/ Raj (eng mgr)',
        '- Principal: Dr Gloria Amankwah',
        'GM: Luis Carvajal. Ops mgr: Brandy Sikes.'
      ].join('\n')
    )
    expect(found).toEqual(
      expect.arrayContaining([
        { name: 'Dana Whitfield', role: 'VP Sales' },
        { name: 'Theo Park', role: 'hardware eng' },
        { name: 'Raj', role: 'eng mgr' },
        { name: 'Gloria Amankwah', role: 'Principal' },
        { name: 'Luis Carvajal', role: 'GM' },
        { name: 'Brandy Sikes', role: 'Ops mgr' }
      ])
    )
    expect(found).toHaveLength(6)
  })

  it('leaves forms of address from other languages out of the name ("Frau", "Ing.", "Matron")', () => {
    const found = names('Met Frau Gudrun Albers (head of sales), Ing. Tomás Arreola (plant manager) and Matron Ifeoma Eze (ward lead).')
    expect(found).toEqual(expect.arrayContaining(['Gudrun Albers', 'Tomás Arreola', 'Ifeoma Eze']))
    expect(found.some((n) => /^(?:Frau|Ing|Matron)\b/.test(n))).toBe(false)
  })

  it('reads a panel keyed by initials ("MN = Mia Nkosi, workshop mgr / RB = …")', () => {
    const found = people('Panel:\nTQ = Tendai Quarshie, fleet engineer / LV = Liesl Verhoef, HR\n- TQ: wants 80/20 planned work')
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Tendai Quarshie', 'Liesl Verhoef']))
    expect(found.find((p) => p.name === 'Tendai Quarshie')?.role).toBe('fleet engineer')
  })

  it('reads "Name, she is the …" and titles in other languages ("(RH)", "(gerente)")', () => {
    const found = names('Two of them: Sofía Llanes (gerente de planta) + Bruno Varela (RH), and Iker Salas, she is the lead buyer.')
    expect(found).toEqual(expect.arrayContaining(['Sofía Llanes', 'Bruno Varela', 'Iker Salas']))
  })

  it('finds a panel typed in lower case, each with a role in brackets', () => {
    const found = names('zoom w/ marisol quenby (ops mgr) + teodor ashgrove (partner, tax group)\n- the team (all six) was nice')
    expect(found).toEqual(expect.arrayContaining(['Marisol Quenby', 'Teodor Ashgrove']))
    expect(found.some((n) => /^The\b/.test(n))).toBe(false)
  })

  it('does not take a department in a title ("(Team Lead, Onboarding)") for a person', () => {
    const found = names('Teodora Vasquez (Team Lead, Onboarding) - 8/10\nShe said Payroll runs every other Friday.')
    expect(found).toContain('Teodora Vasquez')
    expect(found).not.toContain('Onboarding')
    expect(found).not.toContain('Payroll')
  })

  it('never takes a sentence-initial verb as part of a name ("Met Dana (eng mgr)")', () => {
    expect(people('Met Dana (eng mgr). They will decide by Friday.')).toEqual([{ name: 'Dana', role: 'eng mgr' }])
    expect(people('Interviewed Tom Reyes (design lead) today.')).toEqual([{ name: 'Tom Reyes', role: 'design lead' }])
  })

  it('reads titles in prose: "a charge nurse named Oscar", "the GM, Shauna", "Renee Baptiste, the nurse manager"', () => {
    const found = people(
      'I met with Renee Baptiste, the nurse manager, and a charge nurse named Oscar. Later the GM, Shauna, joined. Recruiter is Hugo Lindahl.'
    )
    expect(found.map((p) => [p.name, p.role])).toEqual(
      expect.arrayContaining([
        ['Renee Baptiste', 'nurse manager'],
        ['Oscar', 'charge nurse'],
        ['Shauna', 'GM'],
        ['Hugo Lindahl', 'Recruiter']
      ])
    )
    expect(found).toHaveLength(4)
  })

  it('finds first names only from what they did, and folds later mentions into the full name', () => {
    const found = names('Panel: Hana Kowalczyk, Head of Design.\nTess asked about Kafka. Hana said my answer was clear. Jun pushed on testing.')
    expect(found.sort()).toEqual(['Hana Kowalczyk', 'Jun', 'Tess'])
  })

  it('puts a guessed first name with the surname: "Mr. Feeney (Kevin?)"', () => {
    expect(names('- Science dept chair: Mr. Feeney (Kevin?)\nFeeney asked about AP results.')).toEqual(['Kevin Feeney'])
  })

  it('attaches email addresses, and reads a name from an address alone', () => {
    const found = people(
      'Oksana Petrenko - oksana.petrenko@pelliton.com - Frontend Lead\nRecruiter is Hugo Lindahl (hugo.lindahl@corvane.io).\nCc: priya.raman@acme.example'
    )
    expect(found).toEqual(
      expect.arrayContaining([
        { name: 'Oksana Petrenko', role: 'Frontend Lead', email: 'oksana.petrenko@pelliton.com' },
        { name: 'Hugo Lindahl', role: 'Recruiter', email: 'hugo.lindahl@corvane.io' },
        { name: 'Priya Raman', email: 'priya.raman@acme.example' }
      ])
    )
    expect(names('send it to jobs@acme.example')).toEqual([])
  })
})

describe('no false people', () => {
  it('ignores tools, tech, weekdays, months, quarters, cities and company names', () => {
    const notes = [
      'Larkspur Freight - backend eng onsite',
      '- team is splitting the monolith, Go + Postgres, Kafka later',
      '- Zoom kept crashing. Q3 roadmap is about Kubernetes.',
      '- Friday demos, March offsite in Lisbon, Figma everywhere',
      '- Larkspur has 3 warehouses and Hollis Marine Supply is their biggest client',
      '- Monday said nothing, Tableau said nothing'
    ].join('\n')
    expect(names(notes)).toEqual([])
  })

  it('ignores the candidate’s own contacts', () => {
    expect(names('I should message my old manager Sarah and my friend Tom said the team is great.')).toEqual([])
  })

  it('does not read a company before a title as a person', () => {
    expect(names("St. Brigid's - L&D nurse, day shift - panel\n- Monique Carter, unit director")).toEqual(['Monique Carter'])
  })
})

describe('people introduced in running text', () => {
  it('reads names after "with", "by" and "+" with a title beside them, and "Name is the title"', () => {
    const found = people(
      [
        'Harlow Foods - ops interview',
        'Met with Noor Haddad, VP Ops, and Tariq from HR.',
        'Interviewed by Wes - plant lead',
        "Then Keiko Mori, the recruiter, called. Also saw Seán O'Brien-Walsh, head of quality.",
        'Zoë Lindqvist is the site director.'
      ].join('\n')
    )
    expect(found).toEqual(
      expect.arrayContaining([
        { name: 'Noor Haddad', role: 'VP Ops' },
        { name: 'Tariq', role: 'HR' },
        { name: 'Wes', role: 'plant lead' },
        { name: 'Keiko Mori', role: 'recruiter' },
        { name: 'Zoë Lindqvist', role: 'site director' }
      ])
    )
    expect(found.map((p) => p.name)).not.toContain('Then Keiko Mori')
  })

  it('reads a lower-case name only when a title stands beside it', () => {
    expect(people('bakery interview\nmet w/ ines (head baker) at 6am')).toEqual([{ name: 'Ines', role: 'head baker' }])
    expect(names('bakery interview\nmet w/ everyone (whole crew) for coffee')).toEqual([])
  })

  it('folds a quoted nickname into the full name', () => {
    expect(names('Panel\nForeman: Robert "Bobby" Quinn\nBobby asked about rebar.')).toEqual(['Robert Quinn'])
  })

  it('takes a surname with an honorific in brackets as a person, and tools after "worked with" as none', () => {
    expect(names('Clinic interview\nsomeone from billing sat in (Mrs. Okafor?)')).toEqual(['Okafor'])
    expect(names('Clinic interview\nWorked with Kareo, the billing tool, for years.')).toEqual([])
  })
})
