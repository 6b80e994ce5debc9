import { pathToFileURL } from 'node:url'
import { composeForEachInterviewer, SITUATION_IDS } from '../src/shared/compose'
import { DEFAULT_SETTINGS, type Process, type ReviewPoint } from '../src/shared/model'

// Every draft of one process (each situation, one per recipient) after the language model has
// loaded: the composer recomposes on every edit of a point, so this must stay under 20 ms.
// "uncached" gives every point new words each run, so no phrase is served from the cache.

const POINTS: [ReviewPoint['category'], string, string | null][] = [
  ['topic', 'they are planning to merge the two billing systems into one by Q3', 'Lena Ortiz'],
  ['topic', 'big problem rn = onboarding takes 6 wks for new clinics', null],
  ['topic', 'Team is moving from nightly batch jobs -> streaming w/ Kafka', 'Omar Haddad'],
  ['praise', 'Lena said my migration runbook was exactly what they need', 'Lena Ortiz'],
  ['praise', 'Omar liked my exp running on-call for a payments team', 'Omar Haddad'],
  ['concern', "Priya worried I haven't worked w/ HIPAA audits", 'Priya Nair'],
  ['concern', 'no mgmt exp of a team bigger than 3', null],
  ['culture', 'demo days Tues/Thurs, no meetings Fri', null],
  ['culture', 'everyone does a support shift once a month lol', 'Priya Nair'],
  ['action', 'send Lena the link to my runbook template', 'Lena Ortiz'],
  ['action', 'email Omar my Kafka migration write-up', 'Omar Haddad'],
  ['action', 'look up their SOC 2 report b4 next round', null],
  ['next-step', 'Lena will get back to us by Friday', 'Lena Ortiz']
]

function benchProcess(variant: number): Process {
  const people = ['Lena Ortiz', 'Omar Haddad', 'Priya Nair'].map((name, i) => ({
    id: `u${i}`, name, title: '', email: `${name.split(' ')[0].toLowerCase()}@example.com`, linkedin: '', roundIds: ['r1']
  }))
  const points: ReviewPoint[] = POINTS.map(([category, text, speaker], i) => ({
    id: `p${i}`, category, text: variant ? `${text} ${variant}x` : text, start: null, end: null, status: 'accepted', source: 'user', speaker
  }))
  return {
    id: 'bench', company: 'Northwind Health', role: 'Platform Engineer', postingUrl: '', stage: 'waiting', outcome: null,
    decisionBy: '2026-03-13', decisionPhrase: 'by Friday', mainContactId: 'u0',
    rounds: [{ id: 'r1', label: 'Panel', date: '2026-03-09', time: '10:00', format: 'panel', location: '', points, reflection: null }],
    people, messages: [], planEvents: [], createdAt: '', updatedAt: ''
  }
}

function composeAll(process: Process): number {
  const settings = { ...DEFAULT_SETTINGS, name: 'Sam Lee', onboarded: true }
  let drafts = 0
  for (const situation of SITUATION_IDS) {
    drafts += composeForEachInterviewer({ process, settings, situation, today: '2026-03-10', extra: { offerConfirmed: true } }).length
  }
  return drafts
}

function timeMs(runs: number, work: (i: number) => void): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work(i)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

export async function benchDrafts(): Promise<void> {
  const coldStart = performance.now()
  const drafts = composeAll(benchProcess(0))
  const cold = performance.now() - coldStart
  const warm = timeMs(30, () => composeAll(benchProcess(0)))
  const uncached = timeMs(30, (i) => composeAll(benchProcess(i + 1)))
  console.log(`drafts: one process, panel of 3, ${POINTS.length} points, ${drafts} drafts (every situation, each recipient)`)
  console.log(`  first compose (loads the language model)      ${cold.toFixed(1).padStart(8)} ms`)
  console.log(`  warm, median of 30                            ${warm.toFixed(1).padStart(8)} ms  (goal ≤ 20 ms)`)
  console.log(`  warm model, uncached points, median of 30     ${uncached.toFixed(1).padStart(8)} ms  (goal ≤ 20 ms)`)
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchDrafts()
