import { Notification } from 'electron'
import type { ReminderNotification } from '../../shared/plan/process-plan'

/**
 * A native notification for due follow-ups; clicking it hands the first reminder's process
 * to `onOpen` so the window can focus on that step.
 */
export function showReminderNotification(n: ReminderNotification, onOpen: (processId: string, step: string) => void): boolean {
  if (!Notification.isSupported()) return false
  const notification = new Notification({ title: n.title, body: n.body })
  notification.on('click', () => {
    const first = n.reminders[0]
    if (first) onOpen(first.processId, first.kind)
  })
  notification.show()
  return true
}
