import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ReminderService } from '../../../src/main/services/reminders'
import { openStore } from '../../../src/main/store/data-store'
import type { Store } from '../../../src/main/store/types'
import { localIsoDate } from '../../../src/shared/dates'
import type { Process } from '../../../src/shared/model'
import type { ReminderNotification } from '../../../src/shared/plan/process-plan'

// The reminder service against a real store on disk, with the clock faked: the daily check
// fires at the configured time, each step notifies once (also across a restart), what fell
// due while the app was closed comes as one grouped notification, and a snooze moves it.

let dir = ''
let store: Store | null = null

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'afterview-reminders-'))
  // Only the clock and timers are fake; file I/O runs for real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date(2026, 10, 19, 8, 0) })
})
afterEach(async () => {
  vi.useRealTimers()
  await store?.close()
  store = null
  await rm(dir, { recursive: true, force: true })
})

function process(id: string, company: string, roundDate: string, extra: Partial<Process> = {}): Process {
  return {
    id,
    company,
    role: 'Data Analyst',
    postingUrl: '',
    stage: 'interviewed',
    outcome: null,
    decisionBy: null,
    decisionPhrase: '',
    mainContactId: 'dana',
    rounds: [{ id: `${id}-r1`, label: 'Onsite', date: roundDate, time: '10:00', format: 'onsite', location: '', points: [], reflection: null }],
    people: [{ id: 'dana', name: 'Dana Whitfield', title: 'Manager', email: '', linkedin: '', roundIds: [`${id}-r1`] }],
    messages: [],
    planEvents: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...extra
  }
}

function service(s: Store, shown: ReminderNotification[]) {
  return new ReminderService({ store: s, today: () => localIsoDate(new Date()), now: () => new Date(), notify: (n) => shown.push(n) })
}

describe('ReminderService', () => {
  it('notifies a due step once, and not again after a restart', async () => {
    store = await openStore({ dir })
    // Interview Wed 11-18: the thank-you is due Thu 11-19 (today).
    await store.createProcess(process('p1', 'Acme', '2026-11-18'))
    const shown: ReminderNotification[] = []
    const first = service(store, shown)
    await first.start()
    expect(shown.map((n) => n.title)).toEqual(['Thank-you due — Acme, Data Analyst (Dana)'])
    await first.check()
    expect(shown).toHaveLength(1)
    first.stop()
    await store.close()

    store = await openStore({ dir })
    const again = service(store, shown)
    await again.start()
    again.stop()
    expect(shown).toHaveLength(1)
  })

  it('groups what fell due while the app was closed into one notification', async () => {
    store = await openStore({ dir })
    await store.createProcess(process('p1', 'Acme', '2026-11-18'))
    await store.createProcess(process('p2', 'Globex', '2026-11-09'))
    await store.createProcess(process('p3', 'Initech', '2026-11-02'))
    const shown: ReminderNotification[] = []
    const s = service(store, shown)
    await s.start()
    s.stop()
    expect(shown).toHaveLength(1)
    expect(shown[0].title).toBe('3 follow-ups due — Initech, Globex, Acme')
    expect(shown[0].reminders.map((r) => r.processId).sort()).toEqual(['p1', 'p2', 'p3'])
    expect([...store.getNotified()].sort()).toEqual(shown[0].reminders.map((r) => r.key).sort())
  })

  it('runs the daily check at the reminder time and catches what became due since', async () => {
    store = await openStore({ dir })
    await store.updateSettings({ reminderTime: '09:00' })
    const shown: ReminderNotification[] = []
    const s = service(store, shown)
    await s.start()
    expect(shown).toHaveLength(0)
    // Logged at 8:30 for an interview yesterday: due today, announced at 9:00, not before.
    await store.createProcess(process('p1', 'Acme', '2026-11-18'))
    await vi.advanceTimersByTimeAsync(59 * 60_000)
    expect(shown).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(2 * 60_000)
    await vi.waitFor(() => expect(shown).toHaveLength(1))
    // The next check is tomorrow at 9:00; nothing repeats in between.
    await vi.advanceTimersByTimeAsync(12 * 60 * 60_000)
    expect(shown).toHaveLength(1)
    s.stop()
  })

  it('holds a snoozed step until its day, then notifies it once more', async () => {
    store = await openStore({ dir })
    await store.createProcess(
      process('p1', 'Acme', '2026-11-18', { planEvents: [{ kind: 'snooze', step: 'thank-you', date: '2026-11-20', roundId: 'p1-r1' }] })
    )
    const shown: ReminderNotification[] = []
    const s = service(store, shown)
    await s.start()
    expect(shown).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(25 * 60 * 60_000) // Fri 11-20, past 9:00
    await vi.waitFor(() => expect(shown).toHaveLength(1))
    expect(shown[0].reminders[0].key).toContain('@2026-11-20')
    s.stop()
  })

  it('stays quiet when notifications are off or the data is read-only', async () => {
    store = await openStore({ dir })
    await store.createProcess(process('p1', 'Acme', '2026-11-18'))
    await store.updateSettings({ notifications: false })
    const shown: ReminderNotification[] = []
    const s = service(store, shown)
    await s.start()
    s.stop()
    expect(shown).toHaveLength(0)
    expect(store.getNotified().size).toBe(0)
  })

  it('computes the delay to the next reminder time on the local clock', () => {
    expect(ReminderService.delayUntil(new Date(2026, 10, 19, 8, 0), '09:00')).toBe(60 * 60_000)
    expect(ReminderService.delayUntil(new Date(2026, 10, 19, 9, 0), '09:00')).toBe(24 * 60 * 60_000)
    expect(ReminderService.delayUntil(new Date(2026, 10, 19, 23, 30), '00:15')).toBe(45 * 60_000)
  })
})
