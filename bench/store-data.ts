import type { Process, Round } from '../src/shared/model'
import { DEFAULT_SETTINGS, emptyReflection } from '../src/shared/model'
import type { DataExport } from '../src/main/store/types'

// A realistic, deterministic dataset for the storage benchmark: a seeded generator so every
// run measures the same bytes.

function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const WORDS =
  'team roadmap hiring manager platform migration latency customers onboarding metrics python kubernetes ownership feedback mentoring product launch budget deadline quarterly interview panel culture remote hybrid salary equity references design review testing incident oncall'.split(
    ' '
  )

function sentence(rand: () => number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)])
  return out.join(' ')
}

/** About `bytes` characters of note-like text. */
export function noteText(rand: () => number, bytes = 1024): string {
  let text = ''
  while (text.length < bytes) text += `- ${sentence(rand, 6 + Math.floor(rand() * 8))}\n`
  return text.slice(0, bytes)
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

function round(rand: () => number, pid: number, r: number, pointsPerRound: number): Round {
  const month = 1 + ((pid + r) % 12)
  const day = 1 + ((pid * 7 + r) % 28)
  return {
    id: `r${pid}-${r}`,
    label: r === 0 ? 'Phone screen' : 'Onsite loop',
    date: `2026-${pad(month, 2)}-${pad(day, 2)}`,
    time: '14:30',
    format: r === 0 ? 'phone' : 'onsite',
    location: r === 0 ? '' : 'https://meet.example.com/abc-defg-hij',
    points: Array.from({ length: pointsPerRound }, (_, k) => ({
      id: `k${pid}-${r}-${k}`,
      category: 'topic' as const,
      text: sentence(rand, 10),
      start: k * 40,
      end: k * 40 + 30,
      status: 'accepted' as const,
      source: 'extracted' as const
    })),
    reflection: r === 0 ? null : emptyReflection()
  }
}

/** How much each process holds besides its rounds: 'typical' for a board, 'heavy' when every process is fully used. */
export type BenchWeight = 'typical' | 'heavy'

export function makeBenchProcess(rand: () => number, pid: number, weight: BenchWeight = 'typical'): Process {
  const rounds = Array.from({ length: 2 }, (_, r) => round(rand, pid, r, weight === 'heavy' ? 6 : 2))
  return {
    id: `p${pid}`,
    company: `Company ${pid}`,
    role: 'Senior Software Engineer',
    postingUrl: `https://jobs.example.com/${pid}`,
    stage: (['scheduled', 'interviewed', 'waiting', 'following-up', 'offer', 'closed'] as const)[pid % 6],
    outcome: pid % 6 === 5 ? 'rejected' : null,
    decisionBy: null,
    decisionPhrase: '',
    mainContactId: `u${pid}-0`,
    rounds,
    people: [0, 1].map((k) => ({
      id: `u${pid}-${k}`,
      name: `Person ${pid}-${k}`,
      title: 'Engineering Manager',
      email: `person${pid}.${k}@example.com`,
      linkedin: '',
      roundIds: [rounds[k % rounds.length].id]
    })),
    messages: [
      {
        id: `m${pid}-0`,
        direction: 'sent',
        situation: 'thank-you',
        step: 'thank-you',
        channel: 'email',
        date: rounds[0].date,
        subject: `Thank you - Senior Software Engineer at Company ${pid}`,
        body: sentence(rand, weight === 'heavy' ? 160 : 60),
        personId: `u${pid}-0`
      }
    ],
    planEvents: [],
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z'
  }
}

/** 5,000 processes with two rounds each (10,000 rounds) and ~1 KB of notes per round. */
export function makeBenchDataset(weight: BenchWeight = 'typical', processCount = 5000, noteBytes = 1024): DataExport {
  const rand = seeded(42)
  const processes: Process[] = []
  const notes: Record<string, string> = {}
  for (let i = 0; i < processCount; i++) {
    const p = makeBenchProcess(rand, i, weight)
    processes.push(p)
    for (const r of p.rounds) notes[r.id] = noteText(rand, noteBytes)
  }
  return {
    app: 'afterview',
    schemaVersion: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    settings: { ...DEFAULT_SETTINGS },
    processes,
    notes
  }
}
