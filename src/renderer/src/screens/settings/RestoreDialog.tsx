import { useEffect, useState } from 'react'
import type { Output } from '../../../../shared/ipc/contract'
import { call, errorMessage } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Dialog } from '../../components/Dialog'
import { useApp } from '../../store'
import { formatDateTime } from '../../locale-format'

type Backup = Output<'backups.list'>[number]

const REASONS: Record<string, string> = {
  'pre-import': 'Before an import',
  'pre-restore': 'Before a restore',
  'pre-migration': 'Before an update of the data format',
  migration: 'Before an update of the data format',
  rolling: 'Automatic',
  daily: 'Daily',
  startup: 'At start-up',
  manual: 'Made by you'
}

export const backupReason = (reason: string): string => REASONS[reason] ?? reason.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase())

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

const formatWhen = formatDateTime

/** The backups the main process keeps, newest first; restoring one asks first. */
export function RestoreDialog({ onClose }: { onClose(): void }) {
  const [backups, setBackups] = useState<Backup[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [chosen, setChosen] = useState<Backup | null>(null)

  useEffect(() => {
    call('backups.list').then(
      (list) => setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
      (err) => setError(errorMessage(err))
    )
  }, [])

  const restore = async (b: Backup) => {
    await call('backups.restore', { id: b.id })
    const { load, toast } = useApp.getState()
    await load()
    toast(`Restored the backup from ${formatWhen(b.createdAt)}.`, 'success')
    onClose()
  }

  if (chosen) {
    return (
      <ConfirmDialog title="Restore this backup?" confirmLabel="Restore" danger onConfirm={() => restore(chosen)} onClose={() => setChosen(null)}>
        <p>
          Everything goes back to how it was on <strong>{formatWhen(chosen.createdAt)}</strong>.
        </p>
        <p className="muted">What you have now is backed up first, so this can be undone the same way.</p>
      </ConfirmDialog>
    )
  }

  return (
    <Dialog title="Restore from backup" onClose={onClose} width={560} description="Afterview keeps recent copies of your data, taken automatically and before imports and restores.">
      {error && (
        <p className="field-error user-text" role="alert">
          The backups could not be listed: {error}
        </p>
      )}
      {!backups && !error && <p className="subtle" aria-busy="true">Looking for backups…</p>}
      {backups && backups.length === 0 && <p className="subtle">No backups yet. One is taken automatically as you use Afterview.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list">
          {backups.map((b) => (
            <li key={b.id} className="backup">
              <div className="backup-text">
                <strong>{formatWhen(b.createdAt)}</strong>
                <span className="subtle">
                  {backupReason(b.reason)} · {formatBytes(b.sizeBytes)}
                </span>
              </div>
              <button type="button" className="btn btn-sm" onClick={() => setChosen(b)} aria-label={`Restore the backup from ${formatWhen(b.createdAt)}`}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
