import type { z } from 'zod'
import { ApiError, errorMessage } from '../../api'
import { issuesByField } from '../../components/Field'

export type FormErrors = Record<string, string>

/** Turns a refused save into messages per field; anything not tied to a field goes under `form`. */
export function formErrors(err: unknown): FormErrors {
  if (err instanceof ApiError && err.issues.length) return issuesByField(err.issues)
  return { form: errorMessage(err) }
}

/** The same messages from a local zod check, so most mistakes show before a round trip. */
export function zodErrors(error: z.ZodError): FormErrors {
  return issuesByField(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
}
