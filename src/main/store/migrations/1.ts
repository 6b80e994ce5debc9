import { DEFAULT_POLICY, STEPS } from '../../../shared/model'
import type { MigrationData } from './index'

// Schema 0 (the first release) kept everything in one db.json and each round's notes inline
// (`round.notes`). Schema 1 splits data into shards and notes into their own files, and adds
// fields: decision phrase, main contact, plan events, key points, reflections, message steps,
// and settings for region, login start, LinkedIn Premium, policy and onboarding.
// Schema 0 also called an on-site round "in-person".

export const version = 1

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

function withDefault(o: Obj, key: string, value: unknown): void {
  if (!(key in o)) o[key] = value
}

function upRound(round: Obj, notes: Record<string, string>): Obj {
  const r = { ...round }
  if ('notes' in r) {
    if (typeof r.notes === 'string' && r.notes !== '' && typeof r.id === 'string') notes[r.id] = r.notes
    delete r.notes
  }
  if (r.format === 'in-person') r.format = 'onsite'
  withDefault(r, 'points', [])
  withDefault(r, 'reflection', null)
  return r
}

function upMessage(message: Obj): Obj {
  const m = { ...message }
  if (!('step' in m)) {
    const step = STEPS.find((s) => s === m.situation)
    m.step = m.direction === 'sent' && step ? step : null
  }
  return m
}

function upProcess(process: Obj, notes: Record<string, string>): Obj {
  const p = { ...process }
  withDefault(p, 'decisionPhrase', '')
  if (!('mainContactId' in p)) {
    const first = Array.isArray(p.people) ? p.people.find(isObj) : undefined
    p.mainContactId = typeof first?.id === 'string' ? first.id : null
  }
  withDefault(p, 'planEvents', [])
  if (Array.isArray(p.rounds)) p.rounds = p.rounds.map((r) => (isObj(r) ? upRound(r, notes) : r))
  if (Array.isArray(p.messages)) p.messages = p.messages.map((m) => (isObj(m) ? upMessage(m) : m))
  return p
}

export function up(data: MigrationData): MigrationData {
  const notes = { ...data.notes }
  const processes = data.processes.map((p) => (isObj(p) ? upProcess(p, notes) : p))
  const settings = isObj(data.settings) ? { ...data.settings } : {}
  withDefault(settings, 'region', '')
  withDefault(settings, 'openAtLogin', false)
  withDefault(settings, 'linkedinPremium', false)
  withDefault(settings, 'policy', { ...DEFAULT_POLICY })
  // Someone with schema-0 data has used the app already: no first-run tour.
  withDefault(settings, 'onboarded', true)
  return { ...data, settings, processes, notes, schemaVersion: version }
}
