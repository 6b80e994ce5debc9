import { Notification } from 'electron'
import type { ReminderNotification } from '../../shared/plan/process-plan'

/** The step a click opens; null when the click cannot be traced to a reminder (a cold start). */
export interface ReminderTarget {
  processId: string
  step: string
}

export interface ReminderNotifier {
  /** Shows a native notification for due follow-ups; false where the OS has none. */
  show(n: ReminderNotification): boolean
  /** Notifications still on screen (kept so that their click handlers survive garbage collection). */
  readonly live: number
}

/**
 * Native notifications for due follow-ups; a click hands the first reminder's step to `onOpen`.
 * Each Notification is kept until it is closed or clicked: Electron drops the click of one that
 * was garbage-collected. On Windows a click on a toast in the Action Center can outlive the
 * object and even the process, so clicks arrive through `Notification.handleActivation` there.
 */
export function createReminderNotifier(platform: NodeJS.Platform, onOpen: (target: ReminderTarget | null) => void): ReminderNotifier {
  const live = new Set<Notification>()
  let latest: ReminderTarget | null = null
  // Windows calls the activation handler in addition to the instance's 'click': only one of them may open.
  const activation = platform === 'win32' && typeof Notification.handleActivation === 'function'
  if (activation) Notification.handleActivation(() => onOpen(latest))

  return {
    get live() {
      return live.size
    },
    show(n) {
      if (!Notification.isSupported()) return false
      const first = n.reminders[0]
      const target = first ? { processId: first.processId, step: first.kind } : null
      const notification = new Notification({ title: n.title, body: n.body })
      const forget = () => live.delete(notification)
      notification.on('click', () => {
        forget()
        if (!activation) onOpen(target)
      })
      notification.on('close', forget)
      notification.on('failed', forget)
      live.add(notification)
      latest = target
      notification.show()
      return true
    }
  }
}
