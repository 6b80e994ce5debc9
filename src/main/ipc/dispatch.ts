import { ZodError } from 'zod'
import { contract, type ParsedInput, type Output } from '../../shared/ipc/contract'
import { isChannel, type Channel } from '../../shared/ipc/channels'
import type { IpcFailure, IpcResult } from '../../shared/ipc/result'
import { StoreError } from '../store/types'

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> }

const fail = (code: IpcFailure['error']['code'], message: string, issues?: IpcFailure['error']['issues']): IpcFailure => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message }
})

/**
 * The one way into a handler, used by Electron IPC and the browser harness alike: the channel
 * must exist, the input must match its schema, and any failure comes back as a typed error.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> {
  // Never String() an unknown value: an object whose toString is not callable throws.
  if (!isChannel(channel)) return fail('unknown-channel', `Unknown channel: ${typeof channel === 'string' ? channel.slice(0, 80) : typeof channel}`)
  const parsed = contract[channel].input.safeParse(payload)
  if (!parsed.success) return fail('invalid-input', describeZod(parsed.error), issuesOf(parsed.error))
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown> | unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (err) {
    return toFailure(err)
  }
}

export function toFailure(err: unknown): IpcFailure {
  if (err instanceof StoreError) return fail(err.code, err.message)
  if (err instanceof ZodError) return fail('invalid-input', describeZod(err), issuesOf(err))
  if (err instanceof HandlerError) return fail(err.code, err.message)
  console.error('[afterview] handler failed', err)
  return fail('internal', 'Something went wrong inside Afterview; nothing was changed.')
}

/** A refusal a handler raises on purpose, with a message meant for the user. */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcFailure['error']['code'],
    message: string
  ) {
    super(message)
  }
}

function issuesOf(err: ZodError) {
  return err.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}

function describeZod(err: ZodError): string {
  const first = err.issues[0]
  if (!first) return 'Invalid input'
  const where = first.path.length ? `${first.path.map(String).join('.')}: ` : ''
  return `${where}${first.message}`
}
