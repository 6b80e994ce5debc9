import { importedFileSchema, MAX_IMPORT_FILE_BYTES } from '../../../shared/ipc/contract'
import type { Handlers } from '../dispatch'
import { HandlerError } from '../dispatch'
import type { HandlerContext } from '../context'

// File → Import…: main opens the picker and hands the file's bytes to the window, which reads
// the invite or email and shows a preview before anything is saved.

const quoted = (name: string) => `“${name.slice(0, 120)}”`
const tooLarge = (name: string) =>
  new HandlerError(
    'invalid-input',
    `${quoted(name)} is over 5 MB, larger than any invite or email Afterview reads. Nothing was changed.`
  )

export function importFileHandlers(ctx: HandlerContext): Pick<Handlers, 'file.openImport'> {
  return {
    'file.openImport': async () => {
      if (!ctx.platform.openImportFile) throw new HandlerError('forbidden', 'Importing files is not available here.')
      const picked = await ctx.platform.openImportFile()
      if (!picked) return { canceled: true as const }
      if (picked.size > MAX_IMPORT_FILE_BYTES) throw tooLarge(picked.name)
      let bytes: Uint8Array
      try {
        bytes = await picked.read()
      } catch {
        throw new HandlerError('io', `${quoted(picked.name)} could not be read. Nothing was changed.`)
      }
      // The file may have grown between the size check and the read.
      if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) throw tooLarge(picked.name)
      if (bytes.byteLength === 0) {
        throw new HandlerError('invalid-input', `${quoted(picked.name)} is empty. Nothing was changed.`)
      }
      const base64 = Buffer.from(bytes).toString('base64')
      return importedFileSchema.parse({ name: picked.name.slice(0, 255) || 'file', base64 })
    }
  }
}
