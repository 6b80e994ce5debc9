import { DEFAULT_SETTINGS, type Process, type ReviewPoint, type Settings } from '../../../src/shared/model'

let pointId = 0
export function point(category: ReviewPoint['category'], text: string, status: ReviewPoint['status'] = 'accepted', speaker?: string): ReviewPoint {
  pointId += 1
  return { id: `pt${pointId}`, category, text, start: null, end: null, status, source: 'user', ...(speaker ? { speaker } : {}) }
}

export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  name: 'Jordan Rivera',
  email: 'jordan@example.com',
  signature: 'Jordan Rivera\n(555) 010-2000\nlinkedin.com/in/jordanrivera',
  onboarded: true
}

/** A process with everything filled in: two rounds, a main contact, a panel of two. */
export function fullProcess(): Process {
  return {
    id: 'p1',
    company: 'Acme Robotics',
    role: 'Senior Backend Engineer',
    postingUrl: 'https://acme.example/jobs/1',
    stage: 'waiting',
    outcome: null,
    decisionBy: '2026-03-13',
    decisionPhrase: "they'd decide by end of next week",
    mainContactId: 'rec',
    rounds: [
      {
        id: 'r1',
        label: 'Phone screen',
        date: '2026-02-20',
        time: '10:00',
        format: 'phone',
        location: '',
        points: [point('topic', 'team size and on-call')],
        reflection: null
      },
      {
        id: 'r2',
        label: 'Panel',
        date: '2026-03-03',
        time: '13:00',
        format: 'panel',
        location: 'HQ',
        points: [
          point('topic', '- Billing migration from Stripe -> Adyen'),
          point('topic', 'they are moving to event sourcing'),
          point('praise', 'Sam liked my Kafka exp', 'accepted', 'Samantha Lee'),
          point('concern', 'worried abt lack of people mgmt exp', 'accepted', 'Raj Patel'),
          point('action', 'send portfolio link w/ the case study', 'accepted', 'Samantha Lee'),
          point('culture', 'Remote-first, async culture'),
          point('topic', 'parking was on level 3', 'dropped')
        ],
        reflection: null
      }
    ],
    people: [
      { id: 'rec', name: 'Maria Gomez', title: 'Recruiter', email: 'maria@acme.example', linkedin: '', roundIds: ['r1'] },
      { id: 'sam', name: 'Dr. Samantha Lee', title: 'Engineering Manager', email: 'sam@acme.example', linkedin: '', roundIds: ['r2'] },
      { id: 'raj', name: 'Raj Patel', title: 'Staff Engineer', email: 'raj@acme.example', linkedin: '', roundIds: ['r2'] },
      { id: 'ola', name: 'Ola Nordmann', title: 'Referrer', email: 'ola@acme.example', linkedin: '', roundIds: [] }
    ],
    messages: [],
    planEvents: [],
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-03-03T10:00:00.000Z'
  }
}

export const fullExtra = {
  detail: 'I led a team of four through our last on-call redesign',
  mistake: 'I gave my notice period as two weeks',
  correction: 'it is actually four weeks',
  offerConfirmed: true,
  offerCompany: 'Globex',
  deadline: '2026-03-20'
}
