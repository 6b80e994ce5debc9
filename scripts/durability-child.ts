import { openStore } from '../src/main/store/data-store'
import type { Process } from '../src/shared/model'

// The child side of the crash test: opens the real store on the given folder and changes it
// in a loop until it is killed. Each line "ACK <kind> <key> <n>" is written only after the store
// has acknowledged that write, so the parent knows it must be on disk.
// Values only grow: after a restart each counter continues from what is stored.

const [dir, life] = process.argv.slice(2)
const TRACKED = ['d0', 'd1', 'd2', 'd3', 'd4']

// Waits until the line is handed to the pipe; a kill before that only hides an ACK, which can
// never produce a false loss.
const say = (line: string) => new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()))
const counter = (text: string | undefined) => Number(/^n=(\d+)/.exec(text ?? '')?.[1] ?? 0)

function trackedProcess(id: string, now: string): Process {
  return {
    id,
    company: `Durability ${id}`,
    role: 'Crash tester',
    postingUrl: '',
    stage: 'interviewed',
    outcome: null,
    decisionBy: null,
    decisionPhrase: 'n=0',
    mainContactId: null,
    rounds: [{ id: `${id}-r`, label: 'Round', date: '2026-03-02', time: '', format: 'video', location: '', points: [], reflection: null }],
    people: [],
    messages: [],
    planEvents: [],
    createdAt: now,
    updatedAt: now
  }
}

async function main(): Promise<void> {
  const store = await openStore({ dir })
  if (store.readOnly) throw new Error(`Opened read-only: ${store.notices.map((n) => n.message).join(' ')}`)
  for (const id of TRACKED) {
    if (!store.getProcess(id)) {
      await store.createProcess(trackedProcess(id, new Date().toISOString()))
      await say(`ACK create ${id} 0`)
    }
  }
  const next = new Map<string, number>()
  for (const id of TRACKED) {
    next.set(`phrase:${id}`, counter(store.getProcess(id)!.decisionPhrase) + 1)
    next.set(`notes:${id}`, counter(await store.getNotes(id, `${id}-r`)) + 1)
  }
  next.set('settings:signature', counter(store.getSettings().signature) + 1)
  await say('READY')

  const filler = ' lorem ipsum dolor sit amet'.repeat(40)
  for (let i = 0; ; i++) {
    const id = TRACKED[i % TRACKED.length]
    const kind =
      i % 61 === 60 ? 'import' : i % 29 === 28 ? 'delete' : i % 23 === 0 ? 'settings' : i % 17 === 0 ? 'create' : i % 2 === 0 ? 'phrase' : 'notes'
    if (kind === 'phrase') {
      const n = next.get(`phrase:${id}`)!
      await store.updateProcess(id, (p) => {
        p.decisionPhrase = `n=${n}`
      })
      next.set(`phrase:${id}`, n + 1)
      await say(`ACK phrase ${id} ${n}`)
    } else if (kind === 'notes') {
      const n = next.get(`notes:${id}`)!
      await store.saveNotes(id, `${id}-r`, `n=${n}${filler}`)
      next.set(`notes:${id}`, n + 1)
      await say(`ACK notes ${id} ${n}`)
    } else if (kind === 'settings') {
      const n = next.get('settings:signature')!
      await store.updateSettings({ signature: `n=${n}` })
      next.set('settings:signature', n + 1)
      await say(`ACK settings signature ${n}`)
    } else if (kind === 'delete') {
      const victim = store.listProcesses().find((p) => p.id.startsWith('c'))
      if (!victim) continue
      // Announced first: a kill between this line and the ACK may leave the interview either
      // deleted or not, and the parent must not count either outcome as a loss.
      await say(`DELETING ${victim.id}`)
      await store.deleteProcess(victim.id)
      await say(`ACK delete ${victim.id} 0`)
    } else if (kind === 'import') {
      // Re-importing what is there replaces every file through the staging swap, so kills land
      // in the middle of one; every earlier ACK must survive it.
      await store.importAll(await store.exportAll())
      await say('ACK import all 0')
    } else {
      const created = `c${life}-${i}`
      await store.createProcess({ ...trackedProcess(created, new Date().toISOString()), company: `Created ${created}` })
      await say(`ACK create ${created} 0`)
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exit(1)
})
