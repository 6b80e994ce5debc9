// npm run eval:drafts [-- notes-train-a,notes-dev] — drafts composed from every labelled note, then
// measured: clean drafts (no grammar lint, no leftover shorthand, nothing spliced), panels with
// identical bodies, points put to the wrong person, and the share of accepted points used.
// All drafts are written to eval/out/drafts.md for reading.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { LocalLinter } from 'harper.js'
import { binaryInlined } from 'harper.js/binaryInlined'
import { composeDraft, composeForEachInterviewer, isSpeaker, mentionFor, situationForDueStep, type Draft, type Situation } from '../src/shared/compose'
import { extractKeyPoints } from '../src/shared/extract/index'
import { addDays } from '../src/shared/dates'
import { DEFAULT_SETTINGS, type KeyPointCategory, type Process, type ReviewPoint } from '../src/shared/model'
import { comparableBody, draftProblems } from './eval-drafts-detect'

interface LabeledCase {
  id: string
  interviewDate: string
  notes: string
  expect: { points: { category: KeyPointCategory; contains: string; speaker?: string | null }[]; people: { name: string }[] }
}

const COUNTED = new Set<KeyPointCategory>(['topic', 'praise', 'concern', 'culture', 'action'])
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a')
const settings = { ...DEFAULT_SETTINGS, name: 'Jordan Avery', signature: '', onboarded: true }

function processFor(c: LabeledCase): { process: Process; points: ReviewPoint[] } {
  // The people are on the process, as the user entered them with the round.
  const out = extractKeyPoints(c.notes, { interviewDate: c.interviewDate, people: c.expect.people.map((p) => p.name) })
  const points: ReviewPoint[] = out.points.map((p, i) => ({
    id: `p${i}`, category: p.category, text: p.text, start: p.start, end: p.end, status: 'accepted', source: 'extracted',
    speaker: (p as { speaker?: string | null }).speaker ?? null
  }))
  const people = c.expect.people.map((p, i) => ({ id: `u${i}`, name: p.name, title: '', email: '', linkedin: '', roundIds: ['r1'] }))
  const process: Process = {
    id: c.id, company: 'Brightwater', role: 'Program Lead', postingUrl: '', stage: 'waiting', outcome: null,
    decisionBy: out.decisionBy?.date ?? null, decisionPhrase: out.decisionBy?.phrase ?? '', mainContactId: people[0]?.id ?? null,
    rounds: [{ id: 'r1', label: 'Interview', date: c.interviewDate, time: '10:00', format: people.length > 1 ? 'panel' : 'video', location: '', points, reflection: null }],
    people, messages: [], planEvents: [], createdAt: '', updatedAt: ''
  }
  return { process, points }
}

function labelSpeaker(c: LabeledCase, p: ReviewPoint): string | null | undefined {
  const label = c.expect.points.find((l) => l.category === p.category && squash(p.text).includes(squash(l.contains)))
  return label?.speaker
}

async function main(): Promise<void> {
  const arg = process.argv[2]
  const files = arg ? arg.split(',').map((f) => `${f.replace(/\.json$/, '')}.json`) : readdirSync('eval/notes').filter((f) => f.endsWith('.json'))
  const cases: LabeledCase[] = files.flatMap((f) => JSON.parse(readFileSync(`eval/notes/${f}`, 'utf8')) as LabeledCase[])
  const linter = new LocalLinter({ binary: binaryInlined })
  await linter.setup()
  let drafts = 0, clean = 0, linted = 0, shorthand = 0, spliced = 0, panels = 0, identical = 0, misattributed = 0, directUses = 0
  const unusedWhy = new Map<string, number>()
  let counted = 0, used = 0, usedGeneric = 0, withSpeaker = 0, unlabelledWrong = 0
  const lines: string[] = [`# Drafts from ${files.join(', ')}`, '']
  const problems: string[] = []
  const unusedList: string[] = []
  let composeMs = 0
  for (const c of cases) {
    const { process: proc, points } = processFor(c)
    withSpeaker += points.filter((p) => p.speaker).length
    const own = [...new Set([...(c.notes.match(/[\p{L}\p{N}'’-]+/gu) ?? []), ...proc.people.flatMap((p) => p.name.split(/\s+/)), proc.company])]
    const ownWords = own.flatMap((w) => [w, ...w.split(/[-'’]/)]).filter((w) => w.length > 1)
    await linter.importWords(ownWords.flatMap((w) => [w, w.toLowerCase(), `${w}'s`]))
    const fromNotes = new Set(ownWords.map((w) => w.toLowerCase()))
    const t0 = performance.now()
    const thanks = proc.people.length ? composeForEachInterviewer({ process: proc, settings, situation: situationForDueStep(proc, 'thank-you'), today: addDays(c.interviewDate, 1) }) : []
    const status = composeDraft({ process: proc, settings, situation: 'status-check', today: addDays(c.interviewDate, 8) })
    const extras = proc.people.map((p) => composeDraft({ process: proc, settings, situation: 'additional-info', personId: p.id, today: addDays(c.interviewDate, 2) }))
      // To the main contact, and to anyone else whose own points it answers.
      .filter((d) => d.personId === proc.mainContactId || d.pointUses.some((u) => isSpeaker(points.find((p) => p.id === u.id)?.speaker, proc.people.find((p) => p.id === d.personId) ?? null)))
    composeMs += performance.now() - t0
    const all: Draft[] = [...thanks, status, ...extras]
    if (thanks.length > 1) {
      panels++
      const bodies = thanks.map((d) => comparableBody(d.body, proc.people.map((p) => p.name)))
      if (new Set(bodies).size < bodies.length) {
        identical++
        problems.push(`${c.id}: identical panel bodies`)
      }
    }
    const usedIds = new Set(all.flatMap((d) => d.pointUses.map((u) => u.id)))
    for (const p of points) {
      if (!COUNTED.has(p.category)) continue
      counted++
      const m = mentionFor(p, { company: proc.company, people: proc.people.map((x) => x.name) })
      if (usedIds.has(p.id)) {
        used++
        if (m.usable && m.generic) usedGeneric++
        continue
      }
      const why = m.usable ? `${p.category}: usable, not placed` : `${p.category}: ${m.reason}`
      unusedWhy.set(why, (unusedWhy.get(why) ?? 0) + 1)
      if (process.argv.includes('--unused')) unusedList.push(`${c.id} ${why}: ${p.text}`)
    }
    lines.push(`## ${c.id} — ${proc.people.map((p) => p.name).join(', ') || 'no people'}`, '')
    for (const d of all) {
      drafts++
      const person = proc.people.find((p) => p.id === d.personId) ?? null
      // A word the user wrote in their notes (or a name) is theirs to spell; placeholders are theirs to fill.
      const lints = (await linter.lint(d.body)).filter((l) => {
        const problem = l.get_problem_text().trim()
        return !/^\[[^\]]*\]$/.test(problem) && !(l.lint_kind() !== 'Repetition' && fromNotes.has(problem.toLowerCase().replace(/['’]s$/, '')))
      })
      const found = draftProblems(d.body, c.notes)
      const wrong = d.pointUses.filter((u) => u.voice === 'direct').map((u) => points.find((p) => p.id === u.id) as ReviewPoint)
        .filter((p) => { const s = labelSpeaker(c, p); return !!s && !isSpeaker(s, person) })
      directUses += d.pointUses.filter((u) => u.voice === 'direct').length
      misattributed += wrong.length
      unlabelledWrong += wrong.filter((p) => !p.speaker).length
      if (lints.length) linted++
      if (found.shorthand.length) shorthand++
      if (found.spliced.length) spliced++
      const ok = !lints.length && !found.shorthand.length && !found.spliced.length
      if (ok) clean++
      const notes = [...lints.map((l) => `lint: ${l.message()} («${l.get_problem_text()}»)`), ...found.shorthand.map((s) => `shorthand: ${s}`), ...found.spliced,
        ...wrong.map((p) => `to the wrong person: ${p.text.slice(0, 60)} (said by ${labelSpeaker(c, p)})`)]
      if (notes.length) problems.push(`${c.id} ${d.situation} → ${person?.name ?? '?'}: ${notes.join(' | ')}`)
      lines.push(`### ${situationLabel(d.situation)} → ${person?.name ?? 'nobody'}${ok ? '' : ' ⚠'}`, '', '```', d.body, '```', ...notes.map((n) => `- ${n}`), '')
    }
  }
  mkdirSync('eval/out', { recursive: true })
  writeFileSync('eval/out/drafts.md', lines.join('\n'))
  const report = [
    `Drafts eval on ${files.join(', ')}: ${cases.length} notes, ${drafts} drafts (points with a speaker from the extractor: ${withSpeaker})`,
    `clean drafts (no lint, no shorthand, nothing spliced): ${pct(clean, drafts)} (${clean}/${drafts})  [goal ≥ 95%]`,
    `  with a harper lint: ${linted}, leftover shorthand: ${shorthand}, spliced fragment: ${spliced}`,
    `panels with identical bodies: ${identical}/${panels}  [goal 0]`,
    `points addressed to the wrong person: ${misattributed} of ${directUses} direct uses  [goal 0]` +
      ` (${unlabelledWrong} had no speaker from the extractor, ${misattributed - unlabelledWrong} had another person as speaker)`,
    `accepted topic/praise/concern/culture/action points used in some draft: ${pct(used, counted)} (${used}/${counted})  [goal ≥ 80%]`,
    `  of them said only as "the kind words you shared" or "the concern you raised": ${usedGeneric}`,
    `compose time: ${(composeMs / cases.length).toFixed(1)} ms per process (cold and warm mixed)`,
    'drafts written to eval/out/drafts.md'
  ]
  if (unusedList.length) console.log(unusedList.sort((a, b) => a.split(': ')[1].localeCompare(b.split(': ')[1])).join('\n'))
  if (process.argv.includes('--problems')) {
    console.log(problems.join('\n'))
    console.log([...unusedWhy].sort((a, b) => b[1] - a[1]).map(([k, v]) => `unused ${v}: ${k}`).join('\n'))
  }
  console.log(report.join('\n'))
}

function situationLabel(s: Situation): string {
  return s.replace(/-/g, ' ')
}

await main()
