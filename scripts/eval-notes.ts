// Measures extractKeyPoints against labeled notes (../shared/eval/README.md defines the figures).
// Usage: npx tsx scripts/eval-notes.ts [path/to/notes.json] [--verbose]
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KEY_POINT_CATEGORIES, type KeyPointCategory } from '../src/shared/model'
import { extractKeyPoints, type Extraction } from '../src/shared/extract/index'

interface LabeledCase {
  id: string
  interviewDate: string
  notes: string
  expect: {
    points: { category: KeyPointCategory; contains: string }[]
    decisionBy: string | null
    people: { name: string; role?: string }[]
    noise: string[]
  }
}

const GOALS = { recall: 0.85, precision: 0.7, noise: 0.1, decision: 0.9, peopleRecall: 0.85, peoplePrecision: 0.8 }

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
const includes = (haystack: string, needle: string) => squash(haystack).includes(squash(needle))
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d)
const fmt = (x: number) => x.toFixed(3)

export interface EvalFigures {
  recallByCategory: Record<KeyPointCategory, { found: number; total: number }>
  recall: number
  precision: number
  noiseRate: number
  decisionAccuracy: number
  peopleRecall: number
  peoplePrecision: number
}

export function evaluate(cases: LabeledCase[], log?: (line: string) => void): EvalFigures {
  const byCat = Object.fromEntries(KEY_POINT_CATEGORIES.map((c) => [c, { found: 0, total: 0 }])) as EvalFigures['recallByCategory']
  let extracted = 0, precise = 0, noiseTotal = 0, noiseHit = 0, decisionsRight = 0
  let peopleLabeled = 0, peopleFound = 0, foundPeople = 0, foundPeopleRight = 0
  for (const c of cases) {
    const out: Extraction = extractKeyPoints(c.notes, { interviewDate: c.interviewDate })
    for (const p of c.expect.points) {
      byCat[p.category].total++
      const hit = out.points.some((x) => x.category === p.category && includes(x.text, p.contains))
      if (hit) byCat[p.category].found++
      else log?.(`${c.id} MISS ${p.category}: "${p.contains}"${describeNear(out, p.contains)}`)
    }
    for (const x of out.points) {
      extracted++
      if (c.expect.points.some((p) => includes(x.text, p.contains))) precise++
      else log?.(`${c.id} EXTRA ${x.category}: ${x.text}`)
    }
    for (const n of c.expect.noise) {
      noiseTotal++
      const hit = out.points.find((x) => includes(x.text, n))
      if (hit) {
        noiseHit++
        log?.(`${c.id} NOISE "${n}" in ${hit.category}`)
      }
    }
    if ((out.decisionBy?.date ?? null) === c.expect.decisionBy) decisionsRight++
    else log?.(`${c.id} DATE got ${out.decisionBy?.date ?? null} ("${out.decisionBy?.phrase ?? ''}") want ${c.expect.decisionBy}`)
    const matches = (found: string, labeled: string) => includes(found, labeled) || includes(labeled, found)
    for (const p of c.expect.people) {
      peopleLabeled++
      if (out.people.some((f) => matches(f.name, p.name))) peopleFound++
      else log?.(`${c.id} PERSON MISS ${p.name}`)
    }
    for (const f of out.people) {
      foundPeople++
      if (c.expect.people.some((p) => matches(f.name, p.name))) foundPeopleRight++
      else log?.(`${c.id} PERSON EXTRA ${f.name}${f.role ? ` (${f.role})` : ''}`)
    }
  }
  const totalFound = Object.values(byCat).reduce((s, v) => s + v.found, 0)
  const totalLabeled = Object.values(byCat).reduce((s, v) => s + v.total, 0)
  return {
    recallByCategory: byCat,
    recall: ratio(totalFound, totalLabeled),
    precision: ratio(precise, extracted),
    noiseRate: noiseTotal === 0 ? 0 : noiseHit / noiseTotal,
    decisionAccuracy: ratio(decisionsRight, cases.length),
    peopleRecall: ratio(peopleFound, peopleLabeled),
    peoplePrecision: ratio(foundPeopleRight, foundPeople)
  }
}

function describeNear(out: Extraction, fragment: string): string {
  const near = out.points.find((x) => includes(x.text, fragment))
  return near ? ` (extracted as ${near.category})` : ''
}

function main(): void {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose') || args.includes('-v')
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const file = resolve(args.find((a) => !a.startsWith('-')) ?? resolve(repoRoot, '../shared/eval/notes-dev.json'))
  const cases = JSON.parse(readFileSync(file, 'utf8')) as LabeledCase[]
  const f = evaluate(cases, verbose ? (l) => console.log(l) : undefined)
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
  console.log(`Notes eval: ${cases.length} notes from ${file}`)
  for (const c of KEY_POINT_CATEGORIES) {
    const { found, total } = f.recallByCategory[c]
    console.log(`  recall ${c.padEnd(10)} ${fmt(ratio(found, total))}  (${found}/${total})`)
  }
  const rows: [string, number, boolean, string][] = [
    ['recall (overall)', f.recall, f.recall >= GOALS.recall, `>= ${GOALS.recall}`],
    ['precision', f.precision, f.precision >= GOALS.precision, `>= ${GOALS.precision}`],
    ['noise rate', f.noiseRate, f.noiseRate <= GOALS.noise, `<= ${GOALS.noise}`],
    ['decision date', f.decisionAccuracy, f.decisionAccuracy >= GOALS.decision, `>= ${GOALS.decision}`],
    ['people recall', f.peopleRecall, f.peopleRecall >= GOALS.peopleRecall, `>= ${GOALS.peopleRecall}`],
    ['people precision', f.peoplePrecision, f.peoplePrecision >= GOALS.peoplePrecision, `>= ${GOALS.peoplePrecision}`]
  ]
  for (const [name, value, ok, goal] of rows) console.log(`  ${name.padEnd(17)} ${fmt(value)}  goal ${goal.padEnd(7)} ${verdict(ok)}`)
  const all = rows.every((r) => r[2])
  console.log(all ? 'PASS: all goals met' : 'FAIL: some goals not met')
  process.exitCode = all ? 0 : 1
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
