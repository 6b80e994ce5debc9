import type { Channel, EventName } from '../../shared/ipc/channels'
import type { AfterviewApi, EventPayloads, Input, Output } from '../../shared/ipc/contract'
import type { IpcFailure } from '../../shared/ipc/result'

declare global {
  interface Window {
    afterview?: AfterviewApi
  }
}

/** A refusal from the main process, with a message written for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: IpcFailure['error']['code'],
    message: string,
    readonly issues: { path: string; message: string }[] = []
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

function bridge(): AfterviewApi {
  if (!window.afterview) throw new ApiError('internal', 'Afterview’s bridge to its data is missing.')
  return window.afterview
}

export async function call<C extends Channel>(channel: C, ...input: Input<C> extends undefined ? [] : [Input<C>]): Promise<Output<C>> {
  const result = await (bridge().invoke as (c: C, i?: unknown) => ReturnType<AfterviewApi['invoke']>)(channel, input[0])
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.issues)
  return result.value as Output<C>
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return bridge().on(event, listener)
}

export const errorMessage = (err: unknown): string =>
  err instanceof Error ? err.message : 'Something went wrong; nothing was changed.'
