import { z } from 'zod'

// Repairs a hand-edited record field by field against its zod schema: a missing or mistyped
// field gets a safe default (empty list, empty text, null, first choice), an over-long text is
// cut to its limit, a broken list item is left out. What cannot be defaulted (an id, a date,
// a company name) makes the record unrepairable. Callers keep the original aside either way.

export type RepairResult = { ok: true; value: unknown; fixes: string[] } | { ok: false; problem: string }

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function describe(v: unknown): string {
  if (v === undefined) return 'missing'
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'string') return v.length > 40 ? `a ${v.length.toLocaleString('en-US')}-character text` : `"${v}"`
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid'
}

/** A default that makes sense for this field, or undefined when there is none. */
function fallback(schema: z.ZodType, key: string, value: unknown, nowIso: string): { value: unknown } | undefined {
  const candidates: unknown[] = []
  if (schema instanceof z.ZodString && typeof value === 'string' && schema.maxLength !== null) {
    candidates.push(value.slice(0, schema.maxLength).trim())
  }
  if (key === 'createdAt' || key === 'updatedAt') candidates.push(nowIso)
  if (schema instanceof z.ZodNullable) candidates.push(null)
  if (schema instanceof z.ZodArray) candidates.push([])
  if (schema instanceof z.ZodString) candidates.push('')
  if (schema instanceof z.ZodBoolean) candidates.push(false)
  if (schema instanceof z.ZodEnum) candidates.push(schema.options[0])
  for (const c of candidates) {
    const r = schema.safeParse(c)
    if (r.success) return { value: r.data }
  }
  return undefined
}

export function repairValue(schema: z.ZodType, value: unknown, where: string, nowIso: string): RepairResult {
  const direct = schema.safeParse(value)
  if (direct.success) return { ok: true, value: direct.data, fixes: [] }

  if (schema instanceof z.ZodNullable && value !== null && value !== undefined) {
    const inner = repairValue(schema.unwrap() as z.ZodType, value, where, nowIso)
    if (inner.ok) return inner
  }

  if (schema instanceof z.ZodObject && isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    const fixes: string[] = []
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const at = where ? `${where}.${key}` : key
      const sub = repairValue(field, value[key], at, nowIso)
      if (sub.ok) {
        out[key] = sub.value
        fixes.push(...sub.fixes)
        continue
      }
      const d = fallback(field, key, value[key], nowIso)
      if (!d) return { ok: false, problem: sub.problem }
      out[key] = d.value
      fixes.push(`${at} was ${describe(value[key])}, now ${describe(d.value)}`)
    }
    const whole = schema.safeParse(out)
    return whole.success ? { ok: true, value: whole.data, fixes } : { ok: false, problem: firstIssue(whole.error) }
  }

  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element as z.ZodType
    const out: unknown[] = []
    const fixes: string[] = []
    value.forEach((item, i) => {
      const sub = repairValue(element, item, `${where}[${i}]`, nowIso)
      if (sub.ok) {
        out.push(sub.value)
        fixes.push(...sub.fixes)
      } else fixes.push(`${where}[${i}] left out (${sub.problem})`)
    })
    const whole = schema.safeParse(out)
    return whole.success ? { ok: true, value: whole.data, fixes } : { ok: false, problem: firstIssue(whole.error) }
  }

  return { ok: false, problem: `${where || 'value'}: ${firstIssue(direct.error).replace(/^value: /, '')}` }
}

export function zodMessage(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ')
}
