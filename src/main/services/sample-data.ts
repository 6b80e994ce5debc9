import { randomUUID } from 'node:crypto'
import { addDays } from '../../shared/dates'
import type { Process, Round, Person, Stage, Message } from '../../shared/model'
import { newProcess } from '../../shared/process-factory'

// "Try with sample data": a believable pipeline, dated relative to today so that the board,
// the agenda and the reminders have something due, overdue and ahead.

interface SampleSpec {
  company: string
  role: string
  stage: Stage
  outcome?: Process['outcome']
  posting: string
  rounds: { label: string; daysAgo: number; time: string; format: Round['format']; location: string; notes: string }[]
  people: { name: string; title: string; email: string; rounds: number[] }[]
  sent?: { step: Message['step']; situation: string; daysAgo: number; subject: string }[]
  received?: { situation: string; daysAgo: number; subject: string; body: string }[]
}

const SPECS: SampleSpec[] = [
  {
    company: 'Northwind Analytics',
    role: 'Senior Data Analyst',
    stage: 'waiting',
    posting: 'https://example.com/jobs/northwind-senior-data-analyst',
    rounds: [
      {
        label: 'Hiring manager interview',
        daysAgo: 6,
        time: '10:00',
        format: 'video',
        location: 'https://meet.example.com/northwind',
        notes:
          'Met Dana Whitfield (analytics mgr) and Priya, senior analyst.\n- team is rebuilding the churn dashboard in dbt, moving off spreadsheets\n- Dana liked my cohort retention example, said it was the clearest answer she heard\n- Priya asked about stakeholder pushback, worried I have little exp presenting to execs\n- they do weekly demo days, very collaborative, no meetings on Fridays\n- ACTION: send Dana the SQL style guide I mentioned\n- they will decide by end of next week\n- coffee in the lobby was great'
      }
    ],
    people: [
      { name: 'Dana Whitfield', title: 'Analytics Manager', email: 'dana.whitfield@example.com', rounds: [0] },
      { name: 'Priya Raman', title: 'Senior Analyst', email: 'priya@example.com', rounds: [0] }
    ],
    sent: [{ step: 'thank-you', situation: 'thank-you', daysAgo: 5, subject: 'Thank you — Senior Data Analyst' }]
  },
  {
    company: 'Globex',
    role: 'Product Designer',
    stage: 'interviewed',
    posting: 'https://example.com/jobs/globex-product-designer',
    rounds: [
      {
        label: 'Portfolio review',
        daysAgo: 1,
        time: '14:00',
        format: 'panel',
        location: 'Globex HQ, 5th floor',
        notes:
          'Panel with Marco Bellini (design lead) and Aisha from research.\n- walked through the onboarding redesign case study\n- Marco was impressed by the accessibility audit\n- concern: no B2B experience\n- design critiques every Tuesday, remote friendly\n- next step: take-home exercise, they reply within 5 days'
      }
    ],
    people: [
      { name: 'Marco Bellini', title: 'Design Lead', email: 'marco@example.com', rounds: [0] },
      { name: 'Aisha Khan', title: 'UX Researcher', email: 'aisha@example.com', rounds: [0] }
    ]
  },
  {
    company: 'Initech',
    role: 'Backend Engineer',
    stage: 'following-up',
    posting: '',
    rounds: [
      {
        label: 'Technical interview',
        daysAgo: 20,
        time: '09:30',
        format: 'video',
        location: 'https://meet.example.com/initech',
        notes: 'Talked with Sam (eng mgr) about the billing migration to Postgres. He liked my idempotency answer. They said a couple of weeks.'
      }
    ],
    people: [{ name: 'Sam Porter', title: 'Engineering Manager', email: 'sam.porter@example.com', rounds: [0] }],
    sent: [
      { step: 'thank-you', situation: 'thank-you', daysAgo: 19, subject: 'Thank you — Backend Engineer interview' },
      { step: 'status-check', situation: 'status-check', daysAgo: 9, subject: 'Backend Engineer — checking in' }
    ]
  },
  {
    company: 'Umbrella Health',
    role: 'Clinical Nurse Educator',
    stage: 'scheduled',
    posting: 'https://example.com/jobs/umbrella-nurse-educator',
    rounds: [
      { label: 'Phone screen', daysAgo: -3, time: '11:00', format: 'phone', location: '+1 555 0100', notes: '' }
    ],
    people: [{ name: 'Renee Baptiste', title: 'Recruiter', email: 'renee@example.com', rounds: [0] }]
  },
  {
    company: 'Stark Logistics',
    role: 'Operations Lead',
    stage: 'offer',
    posting: '',
    rounds: [
      { label: 'Final round', daysAgo: 12, time: '13:00', format: 'onsite', location: 'Stark Logistics, Dock 4', notes: 'Offer expected; they loved the warehouse routing idea.' }
    ],
    people: [{ name: 'Tony Reyes', title: 'VP Operations', email: 'tony@example.com', rounds: [0] }],
    sent: [{ step: 'thank-you', situation: 'thank-you', daysAgo: 11, subject: 'Thank you — Operations Lead' }],
    received: [{ situation: 'offer', daysAgo: 4, subject: 'Your offer from Stark Logistics', body: 'We are delighted to offer you the Operations Lead role.' }]
  },
  {
    company: 'Hooli',
    role: 'Platform Engineer',
    stage: 'closed',
    outcome: 'rejected',
    posting: '',
    rounds: [{ label: 'Recruiter call', daysAgo: 40, time: '16:00', format: 'phone', location: '', notes: 'Quick screen with Gavin.' }],
    people: [{ name: 'Gavin Belson', title: 'Recruiter', email: '', rounds: [0] }],
    sent: [{ step: 'thank-you', situation: 'thank-you', daysAgo: 39, subject: 'Thanks for the call — Platform Engineer' }],
    received: [{ situation: 'rejection', daysAgo: 30, subject: 'Your application at Hooli', body: 'We have decided to move forward with other candidates.' }]
  }
]

export function buildSampleData(today: string): { processes: Process[]; notes: { processId: string; roundId: string; text: string }[] } {
  const notes: { processId: string; roundId: string; text: string }[] = []
  const now = new Date().toISOString()
  const processes = SPECS.map((spec): Process => {
    const id = randomUUID()
    const rounds: Round[] = spec.rounds.map((r) => ({
      id: randomUUID(),
      label: r.label,
      date: addDays(today, -r.daysAgo),
      time: r.time,
      format: r.format,
      location: r.location,
      points: [],
      reflection: null
    }))
    spec.rounds.forEach((r, i) => r.notes && notes.push({ processId: id, roundId: rounds[i].id, text: r.notes }))
    const people: Person[] = spec.people.map((p) => ({
      id: randomUUID(),
      name: p.name,
      title: p.title,
      email: p.email,
      linkedin: '',
      roundIds: p.rounds.map((i) => rounds[i].id)
    }))
    const sent: Message[] = (spec.sent ?? []).map((m) => ({
      id: randomUUID(),
      direction: 'sent',
      situation: m.situation,
      step: m.step,
      channel: 'email',
      date: addDays(today, -m.daysAgo),
      subject: `${m.subject} at ${spec.company}`,
      body: '',
      personId: people[0]?.id ?? null
    }))
    const received: Message[] = (spec.received ?? []).map((m) => ({
      id: randomUUID(),
      direction: 'received',
      situation: m.situation,
      step: null,
      channel: 'email',
      date: addDays(today, -m.daysAgo),
      subject: m.subject,
      body: m.body,
      personId: people[0]?.id ?? null
    }))
    const messages = [...sent, ...received].sort((a, b) => a.date.localeCompare(b.date))
    return {
      ...newProcess({ id, company: spec.company, role: spec.role, postingUrl: spec.posting, stage: spec.stage }, now),
      outcome: spec.outcome ?? null,
      mainContactId: people[0]?.id ?? null,
      rounds,
      people,
      messages
    }
  })
  return { processes, notes }
}
