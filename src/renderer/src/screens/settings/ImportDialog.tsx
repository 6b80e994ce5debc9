import { useState } from 'react'
import type { ImportPreview } from '../../../../shared/ipc/contract'
import { call, errorMessage } from '../../api'
import { Dialog } from '../../components/Dialog'
import { useApp } from '../../store'
import { formatNumber } from '../../locale-format'

/**
 * What an import would change, now vs after, and the only way to apply it. Nothing is written
 * until the user confirms here; the main process takes a backup before it replaces anything.
 */
export function ImportDialog({ fileName, json, preview, onClose }: { fileName: string; json: string; preview: ImportPreview; onClose(): void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const apply = async () => {
    setBusy(true)
    setError(null)
    try {
      const result = await call('data.import', { json, apply: true })
      const { load, toast } = useApp.getState()
      await load()
      toast(`Imported ${result.processes} interview${result.processes === 1 ? '' : 's'}. Your previous data is in a backup.`, 'success')
      onClose()
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  const rows: { label: string; now: number; after: number }[] = [
    { label: 'Interviews', now: preview.current.processes, after: preview.processes },
    { label: 'Rounds', now: preview.current.rounds, after: preview.rounds }
  ]

  return (
    <Dialog
      title="Import this file?"
      onClose={onClose}
      width={480}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="button" className="btn btn-danger-solid" onClick={apply} disabled={busy}>
            {busy ? 'Importing…' : 'Replace my data'}
          </button>
        </>
      }
    >
      <p className="user-text import-file">{fileName}</p>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">What</span>
            </th>
            <th scope="col">Now</th>
            <th scope="col">After import</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{formatNumber(r.now)}</td>
              <td className={r.after < r.now ? 'fewer' : undefined}>{formatNumber(r.after)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Rounds with notes</th>
            <td>—</td>
            <td>{formatNumber(preview.notes)}</td>
          </tr>
        </tbody>
      </table>
      <p className="callout callout-warn">
        Importing <strong>replaces everything</strong> in Afterview, settings included, with this file. A backup of what you have now is
        taken first, so you can go back with “Restore from backup”.
      </p>
      {error && (
        <p className="field-error user-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
