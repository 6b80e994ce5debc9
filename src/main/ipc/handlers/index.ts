import type { Handlers } from '../dispatch'
import type { HandlerContext } from '../context'
import { processHandlers } from './processes'
import { notesHandlers } from './notes'
import { appHandlers } from './app'
import { dataFolderHandlers } from './data-folder'

export function createHandlers(ctx: HandlerContext, schemaVersion: number): Handlers {
  return { ...processHandlers(ctx), ...notesHandlers(ctx), ...appHandlers(ctx, schemaVersion), ...dataFolderHandlers(ctx) }
}
