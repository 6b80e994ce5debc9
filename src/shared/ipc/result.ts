// What every invoke resolves to: errors travel as data so the renderer gets a typed reason
// instead of a serialized Error whose details Electron strips.

export type IpcErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'forbidden'
  | 'not-found'
  | 'read-only'
  | 'newer-version'
  | 'invalid'
  | 'io'
  | 'locked'
  | 'internal'

export interface IpcFailure {
  ok: false
  error: { code: IpcErrorCode; message: string; issues?: { path: string; message: string }[] }
}
export interface IpcSuccess<T> {
  ok: true
  value: T
}
export type IpcResult<T> = IpcSuccess<T> | IpcFailure
