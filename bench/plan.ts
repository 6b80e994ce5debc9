import { pathToFileURL } from 'node:url'
import { addDays } from '../src/shared/dates'
import { DEFAULT_SETTINGS, STAGES, STEPS, type Message, type Process } from '../src/shared/model'
import { planFollowUps } from '../src/shared/plan/planner'
import { agenda, dueReminders, planForProcess } from '../src/shared/plan/process-plan'

// How long a board of 5,000 processes takes to plan: the board, the agenda and the reminder
// service each plan every process, so this must stay well under a frame budget per hundred.

const COUNT = 5000
const TODAY = '2026-11-20'

/** A deterministic pseudo-random source so runs compare. */
function randomSource(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

function makeBoard(count: number): Process[] {
  const random = randomSource(7)
  const processes: Process[] = []
  for (let i = 0; i < count; i++) {
    const roundDate = addDays('2026-01-05', Math.floor(random() * 360))
    const messages: Message[] = []
    // Each process has sent a random prefix of the steps, some a few days late.
    let day = roundDate
    const sentCount = Math.floor(random() * 5)
    for (const step of STEPS.slice(0, sentCount)) {
      day = addDays(day, 1 + Math.floor(random() * 12))
      messages.push({ id: `m${i}-${step}`, direction: 'sent', situation: step, step, channel: 'email', date: day, subject: '', body: '', personId: null })
    }
    if (random() < 0.15) {
      messages.push({ id: `m${i}-reply`, direction: 'received', situation: 'reply', step: null, channel: 'email', date: addDays(day, 2), subject: '', body: '', personId: null })
    }
    processes.push({
      id: `p${i}`,
      company: `Company ${i}`,
      role: 'Data Analyst',
      postingUrl: '',
      stage: STAGES[Math.floor(random() * STAGES.length)],
      outcome: null,
      decisionBy: random() < 0.3 ? addDays(roundDate, 3 + Math.floor(random() * 20)) : null,
      decisionPhrase: '',
      mainContactId: null,
      rounds: [{ id: `r${i}`, label: 'Round 1', date: roundDate, time: '10:00', format: 'video', location: '', points: [], reflection: null }],
      people: [],
      messages,
      planEvents: random() < 0.1 ? [{ kind: 'snooze', step: 'status-check', date: addDays(TODAY, 2), roundId: `r${i}` }] : [],
      createdAt: '',
      updatedAt: ''
    })
  }
  return processes
}

function time<T>(label: string, run: () => T): T {
  const start = performance.now()
  const result = run()
  console.log(`  ${label.padEnd(46)} ${(performance.now() - start).toFixed(1).padStart(8)} ms`)
  return result
}

export async function benchPlan(): Promise<void> {
  const board = makeBoard(COUNT)
  const settings = { country: DEFAULT_SETTINGS.country, region: '', policy: DEFAULT_SETTINGS.policy }
  console.log(`plan: ${COUNT.toLocaleString('en-US')} processes (US holidays), today ${TODAY}`)
  time('planForProcess × 5,000, cold (loads holidays)', () => board.map((p) => planForProcess(p, settings, TODAY)))
  const plans = time('planForProcess × 5,000, warm', () => board.map((p) => planForProcess(p, settings, TODAY)))
  time('planFollowUps × 5,000 (planner alone)', () =>
    board.map((p) => planFollowUps({ interviewDate: p.rounds[0].date, today: TODAY, decisionBy: p.decisionBy }))
  )
  const reminders = time('dueReminders', () => dueReminders(board, settings, TODAY, new Set()))
  const items = time('agenda (14 days)', () => agenda(board, settings, TODAY))
  const bavaria = { ...settings, country: 'DE', region: 'BY' }
  time('planForProcess × 5,000, DE-BY cold', () => board.map((p) => planForProcess(p, bavaria, TODAY)))
  const live = plans.filter((p) => p.next).length
  console.log(
    `  ${live} with a next step, ${reminders.length} reminders due, agenda: ` +
      `${items.overdue.length} overdue, ${items.today.length} today, ${items.upcoming.length} upcoming`
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchPlan()
}
