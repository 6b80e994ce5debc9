import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Core } from '../../../src/main/core'
import type { Platform } from '../../../src/main/ipc/context'
import type { SeedIds } from './fuzz-payloads'

/**
 * One hash over every file's relative path and bytes: equal hashes mean an untouched folder.
 * Synchronous on purpose: the fuzz hashes after every call, and the folder holds a few small files.
 */
export function hashDir(dir: string): string {
  const hash = createHash('sha256')
  const walk = (sub: string): void => {
    const entries = readdirSync(path.join(dir, sub), { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const e of entries) {
      const rel = path.join(sub, e.name)
      if (e.isDirectory()) {
        hash.update(`dir:${rel}\0`)
        walk(rel)
      } else {
        hash.update(`file:${rel}\0`)
        hash.update(readFileSync(path.join(dir, rel)))
      }
    }
  }
  walk('')
  return hash.digest('hex')
}

export interface PlatformRecord {
  opened: string[]
  clipboard: number
  saved: number
  /** Folder switches asked of the platform (the app would restart into them). */
  switched?: string[]
}

/** A platform that touches nothing outside the test and remembers what would have left the app. */
export function recordingPlatform(record: PlatformRecord): Platform {
  return {
    name: 'web',
    async saveFile() {
      record.saved++
      return { saved: true, path: 'fuzz://file' }
    },
    async openExternal(url) {
      record.opened.push(url)
    },
    async writeClipboard() {
      record.clipboard++
    },
    // Never picks a folder, so data.switchFolder must always be refused.
    chooseFolder: async () => null,
    async switchDataFolder(dir) {
      ;(record.switched ??= []).push(dir)
      return false
    }
  }
}

async function ok<T>(core: Core, channel: string, payload: unknown): Promise<T> {
  const r = await core.invoke(channel, payload)
  if (!r.ok) throw new Error(`seeding ${channel} failed: ${r.error.message}`)
  return r.value as T
}

interface Seeded {
  id: string
  rounds: { id: string }[]
  people: { id: string }[]
  messages: { id: string }[]
}

/** A few processes with rounds, people, messages and notes, made through the contract itself. */
export async function seedCore(core: Core): Promise<SeedIds> {
  let first: SeedIds | null = null
  for (const company of ['Northwind', 'Globex', 'Initech']) {
    const p = await ok<Seeded>(core, 'processes.create', { company, role: 'Analyst', postingUrl: `https://${company.toLowerCase()}.example/job` })
    const withRound = await ok<Seeded>(core, 'rounds.save', {
      processId: p.id,
      round: { label: 'Hiring manager', date: '2026-03-02', time: '10:00', format: 'video', location: 'https://meet.example/x' }
    })
    const roundId = withRound.rounds[0].id
    const withPerson = await ok<Seeded>(core, 'people.save', {
      processId: p.id,
      person: { name: 'Dana Li', title: 'Manager', email: 'dana@example.com', linkedin: 'https://www.linkedin.com/in/dana', roundIds: [roundId] },
      mainContact: true
    })
    const withMessage = await ok<Seeded>(core, 'messages.add', {
      processId: p.id,
      message: {
        direction: 'sent', situation: 'thank-you', step: 'thank-you', channel: 'email', date: '2026-03-03',
        subject: 'Thank you', body: 'Thanks for the chat.', personId: withPerson.people[0].id
      }
    })
    await ok(core, 'notes.save', { processId: p.id, roundId, text: `Talked about the data platform at ${company}. They decide by Friday.` })
    first ??= { processId: p.id, roundId, personId: withPerson.people[0].id, messageId: withMessage.messages[0].id }
  }
  return first!
}
