import { pipelineCsv } from '../../../shared/export/csv'
import type { Handlers } from '../dispatch'
import { HandlerError } from '../dispatch'
import type { HandlerContext } from '../context'
import type { DataExport } from '../../store/types'
import { openExternalSafely } from '../../security/external-links'
import { isHolidayPlaceSupported } from '../../../shared/plan/business-days'
import { buildSampleData } from '../../services/sample-data'

type AppHandlers = Pick<
  Handlers,
  | 'app.info'
  | 'settings.get'
  | 'settings.update'
  | 'sample.load'
  | 'data.export'
  | 'data.import'
  | 'data.exportCsv'
  | 'backups.list'
  | 'backups.restore'
  | 'file.save'
  | 'clipboard.write'
  | 'shell.openExternal'
>

export function appHandlers(ctx: HandlerContext): AppHandlers {
  const { store, platform } = ctx
  const stamp = () => ctx.today()
  return {
    'app.info': () => ({
      version: ctx.appVersion,
      platform: platform.name,
      dataDir: store.dir,
      readOnly: store.readOnly,
      today: ctx.today(),
      notices: store.notices.map((n) => ({ kind: n.kind, message: n.message })),
      openAtLoginAvailable: platform.openAtLogin !== false
    }),
    'settings.get': () => store.getSettings(),
    'settings.update': async (patch) => {
      if (patch.country !== undefined || patch.region !== undefined) {
        const current = store.getSettings()
        const place = { country: patch.country ?? current.country, region: patch.region ?? current.region }
        if (!isHolidayPlaceSupported({ country: place.country, region: place.region || undefined })) {
          throw new HandlerError('invalid-input', `Public holidays are not known for ${place.country}${place.region ? `-${place.region}` : ''}; pick another country or region.`)
        }
      }
      const settings = await store.updateSettings(patch)
      ctx.emit('data.changed', { processIds: [], settings: true })
      return settings
    },
    'sample.load': async () => {
      const { processes, notes } = buildSampleData(ctx.today())
      for (const p of processes) await store.createProcess(p)
      for (const n of notes) await store.saveNotes(n.processId, n.roundId, n.text)
      ctx.emit('data.changed', { processIds: processes.map((p) => p.id) })
      return processes
    },
    // The file is written from here, as the menu's export does: the dataset never crosses to the
    // renderer and back.
    'data.export': async () => {
      const json = JSON.stringify(await store.exportAll(), null, 2)
      return platform.saveFile({ suggestedName: `afterview-export-${stamp()}.json`, content: json, kind: 'json' })
    },
    // The preview is the store's own check of the file (migrated when older), so what previews
    // fine imports fine; applying checks it again against the data as it is then.
    'data.import': async ({ json, apply }) => {
      let raw: unknown
      try {
        raw = JSON.parse(json)
      } catch {
        throw new HandlerError('invalid-input', 'That file is not valid JSON, so nothing was imported.')
      }
      const preview = await store.previewImport(raw as DataExport)
      if (!apply) return { ...preview, applied: false }
      await store.importAll(raw as DataExport)
      ctx.emit('data.changed', { processIds: [], all: true })
      return { ...preview, applied: true }
    },
    'data.exportCsv': () => ({
      csv: pipelineCsv(store.listProcesses(), store.getSettings(), ctx.today()),
      fileName: `afterview-pipeline-${stamp()}.csv`
    }),
    'backups.list': () => store.listBackups(),
    'backups.restore': async ({ id }) => {
      await store.restoreBackup(id)
      ctx.emit('data.changed', { processIds: [], all: true })
      return { ok: true as const }
    },
    'file.save': (file) => platform.saveFile(file),
    'clipboard.write': async ({ text, html }) => {
      await platform.writeClipboard(text, html)
      return { ok: true as const }
    },
    'shell.openExternal': async ({ url }) => ({ opened: await openExternalSafely(url, (u) => platform.openExternal(u)) })
  }
}
