import type { Channel } from '../../../src/shared/ipc/channels'
import type { IpcFailure } from '../../../src/shared/ipc/result'
import type { Message, Person, Process, Round, Settings } from '../../../src/shared/model'
import * as factories from '../../support/factories'
import { installInvoke, Refusal, seedApp, type Handler } from '../../support/fake-bridge'

// window.afterview for jsdom tests of the detail and settings screens: each channel answers from
// a handler the test gives ({ok:true, value}); a handler that throws `refuse(...)` answers
// {ok:false, error}. Every call is recorded.

export const TODAY = '2026-07-10'

export const refuse = (message: string, issues: { path: string; message: string }[] = [], code: IpcFailure['error']['code'] = 'invalid-input') =>
  new Refusal({ code, message, issues })

export interface Fake {
  calls: { channel: Channel; input: any }[]
  to(channel: Channel): any[]
  handlers: Partial<Record<Channel, Handler>>
}

export function installAfterview(handlers: Partial<Record<Channel, Handler>> = {}): Fake {
  const { calls, callsTo } = installInvoke(handlers)
  return { calls, handlers, to: callsTo }
}

export function makeRound(id: string, date: string, extra: Partial<Round> = {}): Round {
  return factories.makeRound({ id, label: `Round ${id}`, date, ...extra })
}

export function makePerson(id: string, name: string, extra: Partial<Person> = {}): Person {
  return factories.makePerson({ id, name, ...extra })
}

export function makeMessage(id: string, extra: Partial<Message> = {}): Message {
  return factories.makeMessage({ id, date: '2026-07-02', ...extra })
}

export function makeProcess(extra: Partial<Process> = {}): Process {
  return factories.makeProcess({ role: 'Senior Data Analyst', ...extra })
}

/** The store as App leaves it after a successful load. */
export function seed(processes: Process[], settings: Partial<Settings> = {}): void {
  seedApp(processes, { today: TODAY, settings, info: { version: '0.1.0-test', dataDir: '/home/alex/.config/Afterview' } })
}
