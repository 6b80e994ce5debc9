import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DayWatcher } from '../../../src/main/services/day-watcher'
import { ReminderService } from '../../../src/main/services/reminders'
import { startCore, type Core } from '../../../src/main/core'
import { localIsoDate } from '../../../src/shared/dates'
import type { Store } from '../../../src/main/store/types'
import type { Platform } from '../../../src/main/ipc/context'

// "Today" moves on at midnight and after sleep; the daily reminder check is not lost to a sleep.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date(2026, 10, 19, 23, 59, 30) })
})
afterEach(() => {
  vi.useRealTimers()
})

const today = () => localIsoDate(new Date())

describe('day watcher', () => {
  it('announces the new date just after midnight, and again the next night', () => {
    const seen: string[] = []
    const watcher = new DayWatcher({ today, now: () => new Date(), onChange: (d) => seen.push(d) })
    watcher.start()
    vi.advanceTimersByTime(29_000)
    expect(seen).toEqual([])
    vi.advanceTimersByTime(2_000)
    expect(seen).toEqual(['2026-11-20'])
    vi.advanceTimersByTime(24 * 60 * 60_000)
    expect(seen).toEqual(['2026-11-20', '2026-11-21'])
    watcher.stop()
  })

  it('a check after sleeping through midnight announces the date once and re-arms from the wall clock', () => {
    const seen: string[] = []
    const watcher = new DayWatcher({ today, now: () => new Date(), onChange: (d) => seen.push(d) })
    watcher.start()
    // Asleep: the clock jumps, timers have not run.
    vi.setSystemTime(new Date(2026, 10, 22, 7, 0))
    watcher.check()
    watcher.check()
    expect(seen).toEqual(['2026-11-22'])
    vi.advanceTimersByTime(17 * 60 * 60_000 + 2_000)
    expect(seen).toEqual(['2026-11-22', '2026-11-23'])
    watcher.stop()
  })
})

function fakeStore(): Store {
  const settings = { reminderTime: '09:00', notifications: true }
  return { getSettings: () => settings, readOnly: false, listProcesses: () => [], getNotified: () => new Set() } as unknown as Store
}

describe('reminders after sleep', () => {
  it('runs the check that fell due while asleep, then keeps to the next day', async () => {
    const service = new ReminderService({ store: fakeStore(), today, now: () => new Date(), notify: () => undefined })
    await service.start()
    const check = vi.spyOn(service, 'check')
    // Slept from 23:59 to 10:00 two days later: the 09:00 timer has not fired.
    vi.setSystemTime(new Date(2026, 10, 21, 10, 0))
    await service.resume()
    expect(check).toHaveBeenCalledOnce()
    check.mockClear()
    // Re-armed from the wall clock: the next check is tomorrow at 09:00, not in 9 hours of timer time.
    vi.advanceTimersByTime(22 * 60 * 60_000)
    expect(check).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60 * 60_000)
    expect(check).toHaveBeenCalledOnce()
    service.stop()
  })

  it('an unlock before the reminder time does not check early', async () => {
    const service = new ReminderService({ store: fakeStore(), today, now: () => new Date(), notify: () => undefined })
    await service.start()
    const check = vi.spyOn(service, 'check')
    vi.setSystemTime(new Date(2026, 10, 20, 8, 0))
    await service.resume()
    expect(check).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60 * 60_000)
    expect(check).toHaveBeenCalledOnce()
    service.stop()
  })
})

describe('core', () => {
  let dir = ''
  let core: Core | null = null
  afterEach(async () => {
    await core?.close()
    core = null
    await rm(dir, { recursive: true, force: true })
  })

  it('sends today.changed at midnight and after a wake on another day', async () => {
    vi.useRealTimers()
    dir = await mkdtemp(join(tmpdir(), 'afterview-day-'))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date(2026, 10, 19, 23, 59, 30) })
    core = await startCore({ dataDir: dir, platform: { name: 'web' } as Platform, appVersion: 'test', reminders: false })
    const events: unknown[] = []
    core.subscribe((event, payload) => void (event === 'today.changed' && events.push(payload)))
    vi.advanceTimersByTime(31_000)
    expect(events).toEqual([{ today: '2026-11-20' }])
    vi.setSystemTime(new Date(2026, 10, 23, 9, 30))
    core.clockChanged()
    expect(events).toEqual([{ today: '2026-11-20' }, { today: '2026-11-23' }])
    expect((await core.invoke('app.info', undefined)) as unknown).toMatchObject({ ok: true, value: { today: '2026-11-23' } })
  })
})
