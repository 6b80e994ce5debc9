import type { Message, Person, Process, Round } from '../../../src/shared/model'
import { makeMessage, makePerson, makeProcess, makeRound, stampedAt } from '../../support/factories'
import { installInvoke, processChanges, seedApp, type Handlers, type RecordedCalls } from '../../support/fake-bridge'

// Friday. US holidays nearby: Fri 2026-07-03 (Independence Day observed).
export const TODAY = '2026-07-10'

let seq = 0
const id = (prefix: string) => `${prefix}${++seq}`

export function round(date: string, label = 'Interview', extra: Partial<Round> = {}): Round {
  return makeRound({ id: id('r'), label, date, ...extra })
}

export function person(name: string): Person {
  return makePerson({ id: id('h'), name })
}

export function sent(step: Message['step'], date: string, extra: Partial<Message> = {}): Message {
  return makeMessage({ id: id('m'), situation: step ?? 'additional-info', step, date, ...extra })
}

export function received(date: string, extra: Partial<Message> = {}): Message {
  return makeMessage({ id: id('m'), direction: 'received', situation: 'reply', date, ...extra })
}

export function process(company: string, extra: Partial<Process> = {}): Process {
  return makeProcess({ id: extra.id ?? id('p'), company, ...stampedAt('2026-06-01T10:00:00.000Z'), ...extra })
}

export type Bridge = RecordedCalls

/**
 * A fake window.afterview that applies changes the way main does (append the message or the
 * plan event, move the stage) and returns the new process, so the screen re-plans from it.
 */
export function installBridge(extra: Handlers = {}): Bridge {
  return installInvoke({
    ...processChanges(() => id('m')),
    'file.save': ({ suggestedName }: { suggestedName: string }) => ({ saved: true, path: `/home/u/${suggestedName}` }),
    ...extra
  })
}

export function seedStore(processes: Process[], readOnly = false): void {
  seedApp(processes, { today: TODAY, readOnly, state: { route: { name: 'agenda' } } })
}
