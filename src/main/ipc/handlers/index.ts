import type { Handlers } from '../dispatch'
import type { HandlerContext } from '../context'
import { processHandlers } from './processes'
import { notesHandlers } from './notes'
import { appHandlers } from './app'
import { dataFolderHandlers } from './data-folder'
import { importFileHandlers } from './import-file'

export function createHandlers(ctx: HandlerContext): Handlers {
  return { ...processHandlers(ctx), ...notesHandlers(ctx), ...appHandlers(ctx), ...dataFolderHandlers(ctx), ...importFileHandlers(ctx) }
}
