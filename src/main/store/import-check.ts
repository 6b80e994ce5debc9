import { checkStrict, isPlainObject, type NormalizedDataset } from './dataset'
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations'
import { StoreError, type DataExport, type ImportPreview } from './types'

// Checking an export file before it replaces anything, and saying what importing it would
// change, so the user confirms a replacement instead of suffering a silent overwrite.

/** Validates an export (any schema version up to ours); throws StoreError('invalid' | 'newer-version'). */
export function checkImport(data: unknown): NormalizedDataset {
  if (!isPlainObject(data) || data.app !== 'afterview' || !Array.isArray(data.processes) || !isPlainObject(data.notes ?? {})) {
    throw new StoreError('invalid', 'That file is not an Afterview export (it needs "app": "afterview", a list of processes and notes). Nothing was changed.')
  }
  const v = data.schemaVersion
  const version = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : -1
  if (version < 0) throw new StoreError('invalid', 'That export has no valid schemaVersion. Nothing was changed.')
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StoreError(
      'newer-version',
      `That export was written by a newer version of Afterview (schema ${version}); this version understands up to ${CURRENT_SCHEMA_VERSION}. Update Afterview to import it.`
    )
  }
  const notes = (data.notes ?? {}) as Record<string, string>
  return checkStrict(migrate({ schemaVersion: version, settings: data.settings, processes: data.processes, notes, notified: [] }))
}

const label = (p: { company: string; role: string }) => `${p.company} — ${p.role}`

export function describeImport(current: DataExport, incoming: NormalizedDataset): ImportPreview {
  const before = new Map(current.processes.map((p) => [p.id, p]))
  const after = new Map(incoming.processes.map((p) => [p.id, p]))
  const preview: ImportPreview = { added: [], removed: [], changed: [], unchanged: 0, notesChanged: 0, settingsChanged: false }
  // updatedAt alone is not a change the user would recognise.
  const same = (a: object, b: object) => JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' })
  for (const [id, p] of after) {
    const old = before.get(id)
    if (!old) preview.added.push(label(p))
    else if (same(old, p)) preview.unchanged++
    else preview.changed.push(label(p))
  }
  for (const [id, p] of before) if (!after.has(id)) preview.removed.push(label(p))
  const incomingNotes = new Map<string, string>()
  for (const byRound of Object.values(incoming.notesByProcess)) for (const [rid, text] of Object.entries(byRound)) incomingNotes.set(rid, text)
  for (const rid of new Set([...Object.keys(current.notes), ...incomingNotes.keys()])) {
    if ((current.notes[rid] ?? '') !== (incomingNotes.get(rid) ?? '')) preview.notesChanged++
  }
  preview.settingsChanged = JSON.stringify(current.settings) !== JSON.stringify(incoming.settings)
  return preview
}
