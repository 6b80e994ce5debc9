import { importedFileSchema, MAX_IMPORT_FILE_BYTES } from '../../../shared/ipc/contract'
import type { Handlers } from '../dispatch'
import { HandlerError } from '../dispatch'
import type { HandlerContext } from '../context'

// File → Import…: main opens the picker and hands the file's bytes to the window, which reads
// the invite or email and shows a preview before anything is saved.

const tooLarge = (name: string) =>
  new HandlerError('invalid-input', `“${name.slice(0, 120)}” is over 5 MB, larger than any invite or email Afterview reads. Nothing was changed.`)

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
        throw new HandlerError('io', `“${picked.name.slice(0, 120)}” could not be read. Nothing was changed.`)
      }
      // The file may have grown between the size check and the read.
      if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) throw tooLarge(picked.name)
      if (bytes.byteLength === 0) throw new HandlerError('invalid-input', `“${picked.name.slice(0, 120)}” is empty. Nothing was changed.`)
      return importedFileSchema.parse({ name: picked.name.slice(0, 255) || 'file', base64: Buffer.from(bytes).toString('base64') })
    }
  }
}
