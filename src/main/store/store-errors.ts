import { storedProcessSchema, type Process } from '../../shared/model'
import { CURRENT_SCHEMA_VERSION } from './migrations'
import { zodMessage } from './repair'
import { StoreError } from './types'

// The store's errors, worded for the person using the app: what happened and what to do.

export function validProcess(value: unknown): Process {
  const r = storedProcessSchema.safeParse(value)
  if (!r.success) throw new StoreError('invalid', `That change was not saved: ${zodMessage(r.error)}.`)
  return r.data
}

export function notFound(id: string): StoreError {
  return new StoreError('not-found', `No interview with the id "${String(id).slice(0, 80)}" exists (it may have been deleted).`)
}

export function newerVersion(version: number): StoreError {
  return new StoreError(
    'newer-version',
    `This data was written by a newer version of Afterview (schema ${version}); this version understands up to ${CURRENT_SCHEMA_VERSION}. Update Afterview to open it.`
  )
}
