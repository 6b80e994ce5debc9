// Extraction speed, tagging included: median and p95 for a ~300-word note and for ~10,000 words.
// Goals: <= 5 ms per 300-word note and <= 100 ms per 10,000 words, so extraction can run as the
// user types; loading the weights <= 50 ms. Building the NLP model happens once per process and
// is printed on its own. The 10,000-word case is timed on one note repeated and on different
// labelled notes one after another (more distinct words, which is what a long real note is like).
// Run alone: npx tsx bench/extract.ts
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const NOTE = `Harbor Lane Robotics - controls eng onsite, 3/4
Priya Natarajan - eng mgr, ~45 min. Theo - sr dev on the motion team, 30 min.

- team is halfway thru moving the arm firmware off a homegrown RTOS onto Zephyr
- biggest pain = encoder drift after long runs, they recalibrate by hand every shift
- Priya liked my answer on watchdog timers, said "that's the approach we keep arguing for"
- Theo pushed on CAN bus. I've mostly used EtherCAT, he seemed unsure abt my field exp
- on-call is 1 wk in 8, blameless reviews, mgr says nobody ships on Fridays
- ACTION: send Priya the link to my servo tuning notes (said I'd share them)
- recruiter (Marta) said they'd decide by Fri
- the visitor lot was full and I circled for ten minutes

Priya spent a long time on their test rig. The rig is booked solid and firmware builds wait a day for a
slot, which she admitted slows every release. She also described their pairing days and said the team
writes a short design note before any change to the safety loop. Theo asked me to walk through a
failure I debugged, and I talked about the brownout resets on the conveyor line at my current job. He
said the way I bisected it was textbook. Then Priya asked about my experience with functional safety,
and I had to admit I have only read IEC 61508, never certified anything. She said that was her main
hesitation. I need to put the course I'm taking in my follow-up email. Priya said they will make a
decision by March 13 and HR will call either way. If it's a yes, the next onboarding group starts April 6.
The coffee in the lobby was cold.
`

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function noteOfWords(target: number): string {
  let text = ''
  while (words(text) < target) text += NOTE + '\n'
  return text
}

/** Different labelled notes one after another, to `target` words. */
function variedNotes(target: number): string {
  const dir = new URL('../eval/notes/', import.meta.url)
  const files = ['notes-train-a.json', 'notes-train-b.json', 'notes-train-c.json', 'notes-train-d.json']
  const notes = files.flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir),
    'utf8')) as { notes: string }[]).map((c) => c.notes))
  let text = ''
  for (let i = 0; words(text) < target; i++) text += notes[i % notes.length] + '\n\n'
  return text
}

export async function benchExtract(): Promise<void> {
  const t0 = performance.now()
  const { extractKeyPoints, warmUpNlp, nlpInitMs } = await import('../src/shared/extract/index')
  const importMs = performance.now() - t0
  warmUpNlp()
  const weightsText = readFileSync(new URL('../src/shared/extract/weights.json', import.meta.url), 'utf8')
  const parses: number[] = []
  for (let i = 0; i < 9; i++) {
    const p0 = performance.now()
    JSON.parse(weightsText)
    parses.push(performance.now() - p0)
  }
  const parseMs = [...parses].sort((a, b) => a - b)[4]
  const build = `NLP model build ${nlpInitMs().toFixed(0)} ms (once, on first use)`
  console.log(`extractor import (wink-nlp, model, weights) ${importMs.toFixed(0)} ms; ${build}`)
  const loadVerdict = parseMs <= 50 ? 'PASS' : 'FAIL'
  const size = `${(weightsText.length / 1024).toFixed(0)} KB`
  const parsed = `parsed in ${parseMs.toFixed(1)} ms median of 9, first ${parses[0].toFixed(1)} ms`
  console.log(`weights load: ${size} ${parsed} (goal <= 50 ms) ${loadVerdict}`)

  const time = (text: string, runs: number) => {
    for (let i = 0; i < 5; i++) extractKeyPoints(text, { interviewDate: '2026-03-04' })
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const s = performance.now()
      extractKeyPoints(text, { interviewDate: '2026-03-04' })
      samples.push(performance.now() - s)
    }
    samples.sort((a, b) => a - b)
    const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))]
    return { min: samples[0], median: samples[Math.floor(samples.length / 2)], p95 }
  }
  // Other work on a shared machine slows every figure; the load says how much to trust them.
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this machine`)
  const short = NOTE.split(/(?<=\n)/).reduce((acc, line) => (words(acc) < 300 ? acc + line : acc), '')
  for (const [label, text, runs, goal] of [
    ['extract ~300-word note', short, 200, 5],
    ['extract ~10,000-word note', noteOfWords(10_000), 30, 100],
    ['extract ~10,000 words of varied notes', variedNotes(10_000), 30, 100]
  ] as const) {
    const { min, median, p95 } = time(text, runs)
    const verdict = median <= goal ? 'PASS' : 'FAIL'
    const figures = `min ${min.toFixed(2)} ms, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`
    console.log(`${label} (${words(text)} words): ${figures} (goal <= ${goal} ms) ${verdict}`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchExtract()
