import { useRef, useState, type ChangeEvent } from 'react'
import type { ImportPreview } from '../../../../shared/ipc/contract'
import { call, errorMessage } from '../../api'
import { useApp } from '../../store'
import { ImportDialog } from './ImportDialog'
import { RestoreDialog } from './RestoreDialog'
import { ChangeFolderDialog } from './ChangeFolderDialog'
import { SettingsPanel } from './setting-controls'

type Pending = { fileName: string; json: string; preview: ImportPreview }

/** Where the data lives, and getting it out and back in. */
export function DataSection() {
  const info = useApp((s) => s.info)
  const [importing, setImporting] = useState<Pending | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [moving, setMoving] = useState<{ path: string; kind: 'empty' | 'afterview' | 'other' } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const readOnly = !!info?.readOnly

  const work = async (label: string, fn: () => Promise<void>) => {
    setBusy(label)
    setError(null)
    try {
      await fn()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  const saved = (result: { saved: boolean; path?: string }) => {
    if (result.saved) useApp.getState().toast(result.path ? `Saved to ${result.path}` : 'Saved.', 'success')
  }

  const exportJson = () =>
    work('json', async () => {
      saved(await call('data.export'))
    })

  const exportCsv = () =>
    work('csv', async () => {
      const { csv, fileName } = await call('data.exportCsv')
      saved(await call('file.save', { suggestedName: fileName, content: csv, kind: 'csv' }))
    })

  const copyFolder = () =>
    work('copy', async () => {
      await call('clipboard.write', { text: info?.dataDir ?? '' })
      useApp.getState().toast('Folder path copied.', 'success')
    })

  const changeFolder = () =>
    work('folder', async () => {
      const picked = await call('data.chooseFolder')
      if (picked.path === null) return
      if (picked.current) useApp.getState().toast('Afterview already uses that folder.', 'info')
      else setMoving({ path: picked.path, kind: picked.kind })
    })

  const pickFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = '' // picking the same file again must fire again
    if (!file) return
    await work('import', async () => {
      const json = await file.text()
      const preview = await call('data.import', { json, apply: false })
      setImporting({ fileName: file.name, json, preview })
    })
  }

  return (
    <SettingsPanel id="data" title="Your data" description="Everything stays on this computer unless you export it.">
      <div className="field">
        <label className="field-label" htmlFor="data-folder">
          Data folder
        </label>
        <div className="row">
          <input id="data-folder" className="input mono" readOnly value={info?.dataDir ?? ''} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="btn" onClick={copyFolder} disabled={!info?.dataDir}>
            Copy
          </button>
          {info?.platform === 'electron' && (
            <button type="button" className="btn" onClick={changeFolder} disabled={!!busy || readOnly}>
              Change folder…
            </button>
          )}
        </div>
        {readOnly && <span className="field-hint">Another copy of Afterview owns this folder, so it is open read-only here.</span>}
      </div>
      <div className="data-actions">
        <div className="data-action">
          <div>
            <h3>Export</h3>
            <p className="subtle">A full copy as JSON (to import later or elsewhere), or the pipeline as a CSV spreadsheet.</p>
          </div>
          <div className="row wrap">
            <button type="button" className="btn" onClick={exportJson} disabled={!!busy}>
              {busy === 'json' ? 'Exporting…' : 'Export all data (JSON)'}
            </button>
            <button type="button" className="btn" onClick={exportCsv} disabled={!!busy}>
              {busy === 'csv' ? 'Exporting…' : 'Export pipeline (CSV)'}
            </button>
          </div>
        </div>
        <div className="data-action">
          <div>
            <h3>Import and restore</h3>
            <p className="subtle">You see what would change before anything is replaced.</p>
          </div>
          <div className="row wrap">
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              tabIndex={-1}
              aria-label="Afterview export file to import"
              onChange={pickFile}
            />
            <button type="button" className="btn" onClick={() => fileInput.current?.click()} disabled={!!busy || readOnly}>
              {busy === 'import' ? 'Reading…' : 'Import…'}
            </button>
            <button type="button" className="btn" onClick={() => setRestoring(true)} disabled={!!busy || readOnly}>
              Restore from backup…
            </button>
          </div>
        </div>
      </div>
      {error && (
        <p className="field-error user-text" role="alert">
          {error}
        </p>
      )}
      {importing && <ImportDialog {...importing} onClose={() => setImporting(null)} />}
      {restoring && <RestoreDialog onClose={() => setRestoring(false)} />}
      {moving && <ChangeFolderDialog {...moving} onClose={() => setMoving(null)} />}
    </SettingsPanel>
  )
}
