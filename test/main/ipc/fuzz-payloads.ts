import { CHANNELS, type Channel } from '../../../src/shared/ipc/channels'
import { makeProcess } from '../../support/factories'

// Hostile and random payloads for the IPC boundary fuzz. Everything is drawn from one seeded
// PRNG so that a failing run can be replayed exactly with FUZZ_SEED.

export type Rng = () => number

/** mulberry32: tiny, fast and good enough to drive a fuzzer reproducibly. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1))

/** Ids of seeded data the templates refer to, so that some payloads reach the handlers. */
export interface SeedIds {
  processId: string
  roundId: string
  personId: string
  messageId: string
}

// Built once: 1–5 MB strings are too slow to build per payload, and their content does not matter.
const HUGE = [1, 2.5, 5].map((mb, i) => (i === 1 ? '\u202E<script>' : 'A').repeat(Math.floor((mb * 1024 * 1024) / (i === 1 ? 9 : 1))))

function deepNest(levels: number, asArray: boolean): unknown {
  let v: unknown = asArray ? ['bottom'] : { bottom: true }
  for (let i = 0; i < levels; i++) v = asArray ? [v] : { a: v }
  return v
}
const DEEP_OBJECT = deepNest(10_000, false)
const DEEP_ARRAY = deepNest(10_000, true)
const DEEP_JSON = '['.repeat(10_000) + ']'.repeat(10_000)

// Own `__proto__` / `constructor` keys, as JSON.parse (and Electron's structured clone) make them.
const POLLUTERS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"polluted":"yes"},"company":"A","role":"B"}',
  '{"patch":{"__proto__":{"polluted":"yes"}},"id":"x"}'
]
export const pollutionObject = (rng: Rng): unknown => JSON.parse(pick(rng, POLLUTERS))

const HOSTILE_STRINGS = [
  '',
  ' ',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-2-3',
  '9999-99-99T99:99',
  '25:61',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\u0000script:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/\u0000',
  'https://user:pass@evil.example',
  '\u202Egnp.exe',
  '\u2066\u2067\u2068\u2069\u200E\u200F',
  '<script>window.__pwned=1</script>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  '<img src=x onerror="window.__pwned=1">',
  '\u0000\u0000\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '👩🏽‍💻🏳️‍🌈',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '..\\..\\windows\\system32',
  DEEP_JSON,
  'processes.list',
  'a'.repeat(201),
  'x'.repeat(70_000),
  '{"app":"afterview","schemaVersion":1,"__proto__":{"polluted":"yes"},"processes":[],"notes":{}}',
  '{"app":"afterview","schemaVersion":99}'
]

function randomUnicode(rng: Rng): string {
  const n = int(rng, 0, 64)
  let s = ''
  for (let i = 0; i < n; i++) {
    const r = rng()
    // Mostly BMP, some astral, some controls and lone surrogates.
    const cp = r < 0.1 ? int(rng, 0, 0x1f) : r < 0.2 ? int(rng, 0xd800, 0xdfff) : r < 0.3 ? int(rng, 0x10000, 0x10ffff) : int(rng, 0x20, 0xfffd)
    s += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp)
  }
  return s
}

/** One hostile value of any kind; `huge` values are rarer so that the run stays fast. */
export function hostileValue(rng: Rng, depth = 0): unknown {
  const r = rng()
  if (r < 0.02) return pick(rng, HUGE)
  if (r < 0.03) return pick(rng, [DEEP_OBJECT, DEEP_ARRAY])
  if (r < 0.25) return pick(rng, HOSTILE_STRINGS)
  if (r < 0.35) return randomUnicode(rng)
  if (r < 0.5) return pick(rng, [NaN, Infinity, -Infinity, -0, -1, 0, 1.5, 2 ** 53, Number.MAX_VALUE, 1e-300, 5, 6, 10n])
  if (r < 0.58) return pick(rng, [null, undefined, true, false])
  if (r < 0.66) return pollutionObject(rng)
  if (r < 0.72) return pick(rng, [new Date('invalid'), new Date(0), /x/g, new Map([['a', 1]]), new Set([1]), new Uint8Array(4)])
  if (r < 0.8 || depth > 2) return pick(rng, [[], {}, [null], [{}], Object.create(null)])
  if (r < 0.9) return Array.from({ length: int(rng, 1, 4) }, () => hostileValue(rng, depth + 1))
  const o: Record<string, unknown> = {}
  for (let i = int(rng, 1, 4); i > 0; i--) o[pick(rng, ['id', 'a', 'company', 'date', randomUnicode(rng)])] = hostileValue(rng, depth + 1)
  return o
}

/** A payload each channel would accept (for seeded ids), which the fuzzer then breaks. */
export function validTemplate(channel: Channel, ids: SeedIds): unknown {
  const { processId, roundId, personId, messageId } = ids
  const round = { label: 'R', date: '2026-03-02', time: '10:00', format: 'video', location: '' }
  const person = { name: 'Ana', title: 'Manager', email: 'ana@example.com', linkedin: '', roundIds: [roundId] }
  const message = {
    direction: 'sent', situation: 'thank-you', step: 'thank-you', channel: 'email', date: '2026-03-03',
    subject: 'Thanks', body: 'Hello', personId: null
  }
  const answer = { rating: 3, text: 'ok' }
  const templates: Record<Channel, unknown> = {
    'app.info': undefined,
    'processes.list': undefined,
    'processes.summaries': undefined,
    'processes.get': { id: processId },
    'processes.create': { company: 'Acme', role: 'Analyst', postingUrl: 'https://acme.example/job', stage: 'scheduled' },
    'processes.update': { id: processId, patch: { company: 'Acme', decisionBy: '2026-03-20', outcome: null } },
    'processes.move': { id: processId, stage: 'closed', outcome: 'rejected' },
    // Deletes aim at ids that do not exist, so the seeded data stays for the other channels.
    'processes.delete': { id: 'does-not-exist' },
    // A process that was never there, brought back as an undo would.
    'processes.restore': { process: makeProcess({ id: 'restored-process' }), notes: {}, expectUpdatedAt: null },
    'rounds.save': { processId, round: { ...round, id: roundId } },
    'rounds.delete': { processId, roundId: 'no-such-round' },
    'people.save': { processId, person: { ...person, id: personId }, mainContact: true },
    'people.delete': { processId, personId: 'no-such-person' },
    'messages.add': { processId, message },
    'messages.delete': { processId, messageId: `${messageId}-gone` },
    'plan.event': { processId, event: { kind: 'snooze', step: 'status-check', date: '2026-03-12', roundId } },
    'notes.get': { processId, roundId },
    'notes.save': { processId, roundId, text: 'notes' },
    'review.save': {
      processId, roundId,
      points: [{ id: 'p1', category: 'topic', text: 'x', start: 0, end: 1, status: 'accepted', source: 'user' }]
    },
    'reflection.save': { processId, roundId, reflection: { clarity: answer, value: answer, unexpected: answer, differently: answer } },
    'search.notes': { query: 'notes' },
    'settings.get': undefined,
    'settings.update': { name: 'Sam', country: 'US', reminderTime: '09:00', policy: { thankYouDays: 1, statusCheckDays: 7, secondDays: 7, finalDays: 14, moveOnDays: 14 } },
    'sample.load': undefined,
    'data.export': undefined,
    'data.import': { json: '{"app":"afterview"}', apply: true },
    'data.exportCsv': undefined,
    'backups.list': undefined,
    'backups.restore': { id: 'no-such-backup' },
    'data.chooseFolder': undefined,
    // Only a folder the OS picker just returned may be used; the fuzz's platform never picks one.
    'data.switchFolder': { path: '/tmp/afterview-elsewhere', copyCurrent: true },
    'file.openImport': undefined,
    'file.save': { suggestedName: 'a.txt', content: 'x', kind: 'txt' },
    'clipboard.write': { text: 'x', html: '<b>x</b>' },
    'shell.openExternal': { url: 'https://example.com' }
  }
  return templates[channel]
}

type Path = (string | number)[]

function leafPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix)
  if (value && typeof value === 'object' && prefix.length < 6) {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out)
  }
  return out
}

function setAt(root: unknown, path: Path, make: (old: unknown) => unknown, remove = false): unknown {
  if (path.length === 0) return make(root)
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>
  const [head, ...rest] = path
  if (rest.length === 0 && remove) delete copy[head]
  else copy[head] = setAt(copy[head], rest, make, remove)
  return copy
}

export type MutationKind = 'whole' | 'leaf' | 'drop' | 'extra' | 'wrap-array' | 'stringify' | 'channel'

/**
 * A hostile payload for `channel`: the valid template with one part broken, or something
 * entirely different. Returns the channel to call too (sometimes not a real one).
 */
export function hostilePayload(rng: Rng, channel: Channel, ids: SeedIds): { channel: unknown; payload: unknown; kind: MutationKind } {
  const template = validTemplate(channel, ids)
  const r = rng()
  if (r < 0.03) {
    const bogus = pick(rng, ['nope', '__proto__', 'constructor', 'processes.list ', 'PROCESSES.LIST', '', 42, null, { toString: 1 }, Object.create(null), ['app.info']])
    return { channel: bogus, payload: template, kind: 'channel' }
  }
  if (template === undefined || r < 0.15) {
    // Channels that take nothing refuse anything; for the others, a whole-payload swap.
    let payload = hostileValue(rng)
    if (payload === undefined) payload = null
    return { channel, payload, kind: 'whole' }
  }
  const paths = leafPaths(template).filter((p) => p.length > 0)
  const path = pick(rng, paths)
  if (r < 0.65) {
    let value = hostileValue(rng)
    if (value === undefined) value = NaN
    return { channel, payload: setAt(template, path, () => value), kind: 'leaf' }
  }
  if (r < 0.75) return { channel, payload: setAt(template, path, () => undefined, true), kind: 'drop' }
  if (r < 0.85) {
    // Extra keys (pollution included) are stripped by the schema; they must never get through.
    const extra = pollutionObject(rng) as Record<string, unknown>
    return { channel, payload: Object.assign(JSON.parse(JSON.stringify(template)), extra, { [randomUnicode(rng) || 'x']: hostileValue(rng) }), kind: 'extra' }
  }
  if (r < 0.93) return { channel, payload: setAt(template, path.slice(0, -1), (old) => [old]), kind: 'wrap-array' }
  return { channel, payload: pick(rng, [JSON.stringify(template), DEEP_JSON]), kind: 'stringify' }
}

export const ALL_CHANNELS: readonly Channel[] = CHANNELS
