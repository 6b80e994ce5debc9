import { z } from 'zod'
import { processSchema, settingsSchema } from '../../../shared/model'
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

const importSchema = z.object({
  app: z.literal('afterview', { message: 'This file is not an Afterview export' }),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().max(40).default(''),
  settings: settingsSchema,
  processes: z.array(processSchema),
  notes: z.record(z.string(), z.string())
})

export function appHandlers(ctx: HandlerContext, schemaVersion: number): AppHandlers {
  const { store, platform } = ctx
  const stamp = () => ctx.today()
  return {
    'app.info': () => ({
      version: ctx.appVersion,
      platform: platform.name,
      dataDir: store.dir,
      readOnly: store.readOnly,
      today: ctx.today(),
      notices: store.notices.map((n) => ({ kind: n.kind, message: n.message }))
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
    'data.export': async () => ({
      json: JSON.stringify(await store.exportAll(), null, 2),
      fileName: `afterview-export-${stamp()}.json`
    }),
    'data.import': async ({ json, apply }) => {
      let raw: unknown
      try {
        raw = JSON.parse(json)
      } catch {
        throw new HandlerError('invalid-input', 'That file is not valid JSON, so nothing was imported.')
      }
      const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
      if (typeof version === 'number' && version > schemaVersion) {
        throw new HandlerError(
          'newer-version',
          `This export comes from a newer Afterview (schema ${version}); update Afterview to import it.`
        )
      }
      const parsed = importSchema.safeParse(raw)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new HandlerError('invalid-input', `Nothing was imported: ${issue?.path.join('.') || 'file'} — ${issue?.message}`)
      }
      const data = parsed.data
      const current = store.listProcesses()
      const preview = {
        processes: data.processes.length,
        rounds: data.processes.reduce((n, p) => n + p.rounds.length, 0),
        notes: Object.values(data.notes).filter((t) => t.trim()).length,
        current: { processes: current.length, rounds: current.reduce((n, p) => n + p.rounds.length, 0) },
        applied: false
      }
      if (!apply) return preview
      await store.importAll(data as DataExport)
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
