#!/usr/bin/env node
// Electron security lint: runs Doyensec's electronegativity over src/ for the Electron version
// in package.json, keeps its CSV in .e2e-artifacts/, and fails on any HIGH or MEDIUM finding
// that scripts/security-lint.allow.json does not explain. Exit 0 clean, 1 findings, 2 tool failure.
//   node scripts/security-lint.mjs            (npm run security:lint)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// Pinned in devDependencies (package-lock.json), so the lint never fetches anything at run time.
const TOOL = join('node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity')
const OUT_DIR = '.e2e-artifacts'
const CSV = join(OUT_DIR, 'electronegativity.csv')
const SUMMARY = join(OUT_DIR, 'security-lint.json')
const ALLOW_FILE = 'scripts/security-lint.allow.json'
const BLOCKING = new Set(['HIGH', 'MEDIUM'])

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const electron = String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '')
if (!/^\d+\.\d+\.\d+/.test(electron)) fail(2, `Cannot read the Electron version from package.json (got "${electron}")`)

mkdirSync(OUT_DIR, { recursive: true })
if (!existsSync(TOOL)) fail(2, `${TOOL} is missing: run npm ci first`)

// The CSV quotes severity, confidence, file, location and description but not the code sample,
// which may hold commas and quotes: anchor on both ends instead of splitting.
const ROW = /^([A-Z0-9_]+),"([A-Z]+)","([A-Z]+)","([^"]*)","(\d+:\d+)",(.*),"((?:[^"]|"")*)",(\S*)$/

// electronegativity writes its CSV header and its rows with two unawaited fs.writeFile calls, so
// on a busy machine the header can land over the first row. Such a file is the tool's race, not
// a finding: run it again, at most three times, and fail only when it never writes a whole file.
function lint() {
  rmSync(CSV, { force: true })
  const run = spawnSync(TOOL, ['-i', 'src', '-e', electron, '-r', '-o', CSV], {
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
    shell: process.platform === 'win32'
  })
  if (run.error || run.status !== 0 || !existsSync(CSV)) {
    console.error(run.stdout ?? '', run.stderr ?? '')
    fail(2, `electronegativity did not run (${run.error?.message ?? `exit ${run.status}`}, ${existsSync(CSV) ? 'output written' : 'no output'})`)
  }
  const lines = readFileSync(CSV, 'utf8').split(/\r?\n/).filter((l) => l.trim())
  if (!/^issue,/.test(lines[0] ?? '')) return { error: `Unexpected CSV header in ${CSV}: ${lines[0]}` }
  const bad = lines.slice(1).find((line) => !ROW.test(line))
  if (bad !== undefined) return { error: `Cannot parse this line of ${CSV}: ${bad}` }
  return {
    findings: lines.slice(1).map((line) => {
      const [, check, severity, confidence, file, location, sample, description, url] = ROW.exec(line)
      return { check, severity, confidence, file, location, sample: sample.replace(/^"|"$/g, ''), description: description.replace(/""/g, '"'), url }
    })
  }
}

let result = lint()
for (let attempt = 1; result.error && attempt < 3; attempt++) result = lint()
if (result.error) fail(2, result.error)
const findings = result.findings

const allowList = JSON.parse(readFileSync(ALLOW_FILE, 'utf8')).allow ?? []
for (const a of allowList) {
  if (!a.check || !a.file || typeof a.why !== 'string' || a.why.trim().length < 20) {
    fail(2, `${ALLOW_FILE}: every entry needs check, file and a real explanation (why): ${JSON.stringify(a)}`)
  }
}
// An entry may pin the finding's code sample (a substring), so that a second, new call of the
// same kind in an already-listed file is not explained by the old entry.
const matches = (a, f) => a.check === f.check && a.file === f.file && (!a.sample || f.sample.includes(a.sample))
const reasonFor = (f) => allowList.find((a) => matches(a, f))?.why ?? null
const judged = findings.map((f) => ({ ...f, allowedBecause: reasonFor(f) }))
const blocking = judged.filter((f) => BLOCKING.has(f.severity) && !f.allowedBecause)
const unused = allowList.filter((a) => !findings.some((f) => matches(a, f)))

const count = (sev) => judged.filter((f) => f.severity === sev).length
writeFileSync(
  SUMMARY,
  JSON.stringify({ tool: TOOL, electron, input: 'src', csv: CSV, counts: { HIGH: count('HIGH'), MEDIUM: count('MEDIUM'), LOW: count('LOW'), INFORMATIONAL: count('INFORMATIONAL') }, blocking: blocking.length, findings: judged, unusedAllowEntries: unused }, null, 2)
)

console.log(`Electron security lint (${TOOL}, Electron ${electron}, input src/)`)
console.log(`  findings: ${judged.length} — HIGH ${count('HIGH')}, MEDIUM ${count('MEDIUM')}, LOW ${count('LOW')}, INFORMATIONAL ${count('INFORMATIONAL')}`)
for (const f of judged) {
  const mark = f.allowedBecause ? 'explained' : BLOCKING.has(f.severity) ? 'BLOCKING ' : 'noted    '
  console.log(`  [${mark}] ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}`)
}
for (const a of unused) console.log(`  note: allow-list entry no longer needed: ${a.check} ${a.file}`)
console.log(`  CSV: ${CSV}; summary: ${SUMMARY}`)
if (blocking.length) {
  console.error(`\n${blocking.length} HIGH/MEDIUM finding(s) without an explanation. Fix them, or explain each in ${ALLOW_FILE} and SECURITY.md:`)
  for (const f of blocking) console.error(`  ${f.check} ${f.file}:${f.location} — ${f.description} (${f.url})\n    ${f.sample}`)
  process.exit(1)
}
console.log('  result: no unexplained HIGH or MEDIUM finding')

function fail(code, message) {
  console.error(`security-lint: ${message}`)
  process.exit(code)
}
