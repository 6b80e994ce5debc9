import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReminderNotification } from '../../../src/shared/plan/process-plan'

// Native reminder notifications against a mocked Electron: the object is kept until it is closed
// or clicked (Electron loses the click of a garbage-collected one), and on Windows clicks come
// through Notification.handleActivation, once.

const electron = vi.hoisted(() => ({
  instances: [] as { options: unknown; shown: boolean; emit(event: string): boolean }[],
  activation: null as null | ((details: unknown) => void)
}))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  class Notification extends Emitter {
    static isSupported = () => true
    static handleActivation = (fn: (details: unknown) => void) => void (electron.activation = fn)
    shown = false
    constructor(readonly options: unknown) {
      super()
      electron.instances.push(this)
    }
    show() {
      this.shown = true
    }
  }
  return { Notification }
})

const { createReminderNotifier } = await import('../../../src/main/electron/notifier')

const due: ReminderNotification = {
  title: '2 follow-ups due — Acme, Globex',
  body: 'Status check due — Acme\nThank-you due — Globex',
  reminders: [{ processId: 'p1', kind: 'status-check' } as ReminderNotification['reminders'][number]]
}

beforeEach(() => {
  electron.instances.length = 0
  electron.activation = null
})

describe('reminder notifications', () => {
  it('shows the grouped title and body, and a click opens the first reminder', () => {
    const opened: unknown[] = []
    const notifier = createReminderNotifier('linux', (t) => opened.push(t))
    expect(notifier.show(due)).toBe(true)
    expect(electron.instances).toHaveLength(1)
    expect(electron.instances[0].options).toEqual({ title: due.title, body: due.body })
    expect(electron.instances[0].shown).toBe(true)
    electron.instances[0].emit('click')
    expect(opened).toEqual([{ processId: 'p1', step: 'status-check' }])
  })

  it('keeps each notification until it is clicked or closed', () => {
    const notifier = createReminderNotifier('linux', () => undefined)
    notifier.show(due)
    notifier.show(due)
    notifier.show(due)
    expect(notifier.live).toBe(3)
    electron.instances[0].emit('click')
    electron.instances[1].emit('close')
    expect(notifier.live).toBe(1)
    electron.instances[2].emit('failed')
    expect(notifier.live).toBe(0)
  })

  it('on Windows a click arrives through handleActivation, once, even for a collected notification', () => {
    const opened: unknown[] = []
    const notifier = createReminderNotifier('win32', (t) => opened.push(t))
    expect(electron.activation).toBeTypeOf('function')
    notifier.show(due)
    // Windows calls both the instance's click and the activation handler for a live notification.
    electron.instances[0].emit('click')
    electron.activation!({ type: 'click', arguments: '' })
    expect(opened).toEqual([{ processId: 'p1', step: 'status-check' }])
    expect(notifier.live).toBe(0)
  })

  it('registers no activation handler off Windows', () => {
    createReminderNotifier('darwin', () => undefined)
    expect(electron.activation).toBeNull()
  })

  it('shows nothing where the OS has no notifications', async () => {
    const { Notification } = (await import('electron')) as unknown as { Notification: { isSupported: () => boolean } }
    const supported = vi.spyOn(Notification, 'isSupported').mockReturnValue(false)
    expect(createReminderNotifier('linux', () => undefined).show(due)).toBe(false)
    expect(electron.instances).toHaveLength(0)
    supported.mockRestore()
  })
})
