import type { Channel } from '../../../shared/ipc/channels'
import type { Input, Output } from '../../../shared/ipc/contract'
import type { Process } from '../../../shared/model'
import { ApiError, call, errorMessage } from '../api'
import { useApp } from './index'

type ProcessChannel = {
  [C in Channel]: Output<C> extends Process ? C : never
}[Channel]

/**
 * Runs a change in the main process and mirrors the process it returns. Errors are shown as a
 * toast and re-thrown as ApiError so forms can show them inline.
 */
export async function changeProcess<C extends ProcessChannel>(channel: C, input: Input<C>): Promise<Process> {
  try {
    const p = (await (call as (c: C, i: Input<C>) => Promise<Output<C>>)(channel, input)) as Process
    useApp.getState().upsertProcess(p)
    // A reminder about this process is stale once something was done about it.
    useApp.getState().dismissToastsFor(p.id)
    return p
  } catch (err) {
    if (!(err instanceof ApiError && err.code === 'invalid-input')) useApp.getState().toast(errorMessage(err), 'error')
    throw err
  }
}

/** Like changeProcess for calls that return something else; shows failures as a toast. */
export async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work()
  } catch (err) {
    useApp.getState().toast(errorMessage(err), 'error')
    return undefined
  }
}
