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
      const count = result.added.length + result.changed.length + result.unchanged
      toast(`Imported ${count} interview${count === 1 ? '' : 's'}. Your previous data is in a backup.`, 'success')
      onClose()
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  const groups: { label: string; names: string[]; tone?: 'fewer' }[] = [
    { label: 'Added', names: preview.added },
    { label: 'Changed', names: preview.changed },
    { label: 'Removed', names: preview.removed, tone: 'fewer' }
  ]
  const others = [
    preview.unchanged > 0 && `${formatNumber(preview.unchanged)} interview${preview.unchanged === 1 ? '' : 's'} unchanged`,
    preview.notesChanged > 0 && `notes differ in ${formatNumber(preview.notesChanged)} round${preview.notesChanged === 1 ? '' : 's'}`,
    preview.settingsChanged && 'your settings change too'
  ].filter(Boolean)

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
      {groups.map((g) =>
        g.names.length === 0 ? null : (
          <section key={g.label} className="import-group" aria-label={`${g.label}: ${g.names.length}`}>
            <h3 className={g.tone}>
              {g.label} ({formatNumber(g.names.length)})
            </h3>
            <ul className="import-names">
              {g.names.slice(0, 8).map((name, i) => (
                <li key={i} className="user-text" dir="auto">
                  {name}
                </li>
              ))}
              {g.names.length > 8 && <li className="subtle">and {formatNumber(g.names.length - 8)} more</li>}
            </ul>
          </section>
        )
      )}
      {others.length > 0 && <p className="subtle">{others.join('; ')}.</p>}
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
