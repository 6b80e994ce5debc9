import { createInterface } from 'node:readline'
import { startCore } from '../../../src/main/core'
import { recordingPlatform } from '../ipc/fuzz-support'

// Another Afterview instance, in its own process, for the concurrency test: it opens the data
// folder given as argv[2] and obeys one command per stdin line, answering one JSON line each.
//   create <company>  -> {"ok":true,"id":...}
//   close             -> {"closed":true}, then exits

const dir = process.argv[2]
const core = await startCore({
  dataDir: dir,
  platform: recordingPlatform({ opened: [], clipboard: 0, saved: 0 }),
  appVersion: '0.0.0-owner',
  today: '2026-03-10',
  reminders: false
})
const say = (v: unknown) => process.stdout.write(`${JSON.stringify(v)}\n`)
say({ ready: true, readOnly: core.store.readOnly, pid: process.pid })

for await (const line of createInterface({ input: process.stdin })) {
  const [command, ...rest] = line.split(' ')
  if (command === 'create') {
    const r = await core.invoke('processes.create', { company: rest.join(' '), role: 'Owner' })
    say(r.ok ? { ok: true, id: (r.value as { id: string }).id } : r)
  } else if (command === 'close') {
    await core.close()
    say({ closed: true })
    process.exit(0)
  }
}
