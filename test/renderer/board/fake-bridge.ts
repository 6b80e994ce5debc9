import type { Channel } from '../../../src/shared/ipc/channels'
import type { Process, Round, Person } from '../../../src/shared/model'
import { makePerson, makeProcess, makeRound } from '../../support/factories'
import { installInvoke, seedApp, type Handlers } from '../../support/fake-bridge'

// A stand-in for window.afterview: each channel answers from a handler the test gives, and
// every call is recorded so a test can check what the renderer asked main to do.

export const TODAY = '2026-07-10'

export { Refusal } from '../../support/fake-bridge'

export interface FakeBridge {
  calls: { channel: Channel; input: unknown }[]
  callsTo(channel: Channel): unknown[]
}

export function installBridge(handlers: Handlers): FakeBridge {
  return installInvoke(handlers)
}

let seq = 0
export function round(date: string, label = 'Interview', extra: Partial<Round> = {}): Round {
  return makeRound({ id: `r${++seq}`, label, date, ...extra })
}

export function person(name: string, title = ''): Person {
  return makePerson({ id: `h${++seq}`, name, title })
}

export function process(company: string, extra: Partial<Process> = {}): Process {
  return makeProcess({ id: extra.id ?? `p${++seq}`, company, ...extra })
}

/** Puts the store in the state App leaves it in after a successful load. */
export function seedStore(processes: Process[], readOnly = false): void {
  seedApp(processes, {
    today: TODAY,
    readOnly,
    state: { route: { name: 'board' }, query: '', filters: { stages: [], dueOnly: false }, noteMatches: [] }
  })
}
