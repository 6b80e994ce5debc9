import * as m1 from './1'

// Numbered migrations, run in order on open when the stored schema is older than the app's.
// Each `up` must be idempotent (running it on data it already produced changes nothing), so a
// migration interrupted half-way can simply run again.

/** A whole dataset in the neutral shape every schema version can be read into. */
export interface MigrationData {
  schemaVersion: number
  settings: unknown
  processes: unknown[]
  /** roundId -> notes text */
  notes: Record<string, string>
  notified: string[]
}

export interface Migration {
  version: number
  up(data: MigrationData): MigrationData
}

export const MIGRATIONS: readonly Migration[] = [m1]

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`Migration ${i + 1} declares version ${m.version}`)
})

export function migrate(data: MigrationData): MigrationData {
  let current = data
  for (const m of MIGRATIONS) {
    if (m.version <= current.schemaVersion) continue
    current = { ...m.up(current), schemaVersion: m.version }
  }
  return current
}
