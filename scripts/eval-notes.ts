// npm run eval:notes: the key-point extractor's figures (eval/notes/README.md).
// Per labelled file, a model trained WITHOUT that file scores it (leave-one-file-out); then the
// mean over files, which is the figure to trust; then the shipped model on every file (it was
// trained on them, so those figures flatter it).
// Usage: npx tsx scripts/eval-notes.ts [--verbose] [--file notes-train-a]
//        npx tsx scripts/eval-notes.ts --holdout eval/holdout/notes-holdout-6.json (the shipped model
//        on notes it never saw, pooled; eval/holdout/README.md says when that figure counts)
import { KEY_POINT_CATEGORIES } from '../src/shared/model'
import { meanRates, rates, type FoldResult } from '../src/shared/extract/evaluation'
import { analyseFiles, leaveOneFileOut, scoreFile } from '../src/shared/extract/leave-one-out'
import { shippedModel } from '../src/shared/extract/point-model'
import { evalFiles, fixtureFiles, readLabelledFile } from './labelled-notes'

export const GOALS = {
  recall: 0.85, precision: 0.75, noise: 0.1, decision: 0.92, peopleRecall: 0.9, peoplePrecision: 0.85, speaker: 0.8
}
const COLUMNS = [...KEY_POINT_CATEGORIES, 'recall', 'precision', 'noise', 'decision', 'peopleRecall', 'peoplePrecision', 'speaker']
const SHORT: Record<string, string> = {
  'next-step': 'next', recall: 'RECALL', precision: 'PREC', decision: 'date', peopleRecall: 'pplR', peoplePrecision: 'pplP', speaker: 'spkr'
}

const header = (): string => ''.padEnd(22) + COLUMNS.map((c) => (SHORT[c] ?? c).padStart(8)).join('')

function row(name: string, r: Record<string, number>): string {
  return name.padEnd(22) + COLUMNS.map((c) => r[c].toFixed(3).padStart(8)).join('')
}

function verdicts(mean: Record<string, number>): string[] {
  const catsBelow = KEY_POINT_CATEGORIES.filter((c) => mean[c] < GOALS.recall)
  const checks: [string, boolean][] = [
    [`recall >= ${GOALS.recall} in all categories but one (below: ${catsBelow.join(', ') || 'none'})`, catsBelow.length <= 1],
    [`overall recall >= ${GOALS.recall}`, mean.recall >= GOALS.recall],
    [`precision >= ${GOALS.precision}`, mean.precision >= GOALS.precision],
    [`noise <= ${GOALS.noise}`, mean.noise <= GOALS.noise],
    [`decision date >= ${GOALS.decision}`, mean.decision >= GOALS.decision],
    [`people recall >= ${GOALS.peopleRecall}`, mean.peopleRecall >= GOALS.peopleRecall],
    [`people precision >= ${GOALS.peoplePrecision}`, mean.peoplePrecision >= GOALS.peoplePrecision],
    [`speaker >= ${GOALS.speaker}`, mean.speaker >= GOALS.speaker]
  ]
  return checks.map(([label, ok]) => `  ${ok ? 'PASS' : 'FAIL'}  ${label}`)
}

function main(): void {
  const args = process.argv.slice(2)
  const verbose = args.includes('--verbose') || args.includes('-v')
  const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : null
  if (args.includes('--holdout')) return holdout(args[args.indexOf('--holdout') + 1], verbose)
  const t0 = performance.now()
  const files = analyseFiles(evalFiles())
  const fixtures = analyseFiles(fixtureFiles()).flatMap((f) => f.cases)
  const log = verbose ? (line: string) => console.log(line) : undefined
  const folds: FoldResult[] = leaveOneFileOut(files, fixtures, undefined, log).filter((f) => !only || f.name === only)
  const cases = files.reduce((n, f) => n + f.cases.length, 0)
  console.log(`Key-point extractor, leave-one-file-out over ${files.length} files (${cases} notes);`)
  console.log(`each fold also trains on the ${fixtures.length} notes of test/shared/extract/fixtures.`)
  console.log(header())
  for (const f of folds) console.log(row(f.name, rates(f.figures)))
  const mean = meanRates(folds)
  console.log(row('MEAN (leave-one-out)', mean))
  const shipped = files.map((f) => scoreFile(f, shippedModel()))
  console.log(row('shipped (trained on)', meanRates(shipped)))
  console.log('Goals on the leave-one-file-out mean:')
  const lines = verdicts(mean)
  for (const l of lines) console.log(l)
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`)
  process.exitCode = lines.every((l) => l.includes('PASS')) ? 0 : 1
}

function holdout(path: string | undefined, verbose: boolean): void {
  if (!path) throw new Error('--holdout needs the path of a labelled file')
  const [file] = analyseFiles([readLabelledFile(path)])
  const result = scoreFile(file, shippedModel(), verbose ? (line) => console.log(line) : undefined)
  console.log(`Shipped key-point extractor on ${path} (${file.cases.length} notes, pooled):`)
  console.log(header())
  console.log(row(file.name, rates(result.figures)))
  for (const l of verdicts(rates(result.figures))) console.log(l)
}

main()
