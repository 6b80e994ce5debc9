import { resolve } from 'node:path'
import type { Handlers } from '../dispatch'
import { HandlerError } from '../dispatch'
import type { HandlerContext } from '../context'
import { openStore } from '../../store/data-store'
import { inspectFolder } from '../../services/data-location'

type FolderHandlers = Pick<Handlers, 'data.chooseFolder' | 'data.switchFolder'>

/**
 * Moving the data to a folder the user picks. The renderer may only switch to the folder the
 * OS picker just returned, never to a path of its own making.
 */
export function dataFolderHandlers(ctx: HandlerContext): FolderHandlers {
  let chosen: string | null = null
  return {
    'data.chooseFolder': async () => {
      const picked = await ctx.platform.chooseFolder()
      if (!picked) {
        chosen = null
        return { path: null, reason: ctx.platform.name === 'web' ? 'Choosing a folder needs the desktop app.' : 'No folder was chosen.' }
      }
      chosen = resolve(picked)
      return { path: chosen, kind: await inspectFolder(chosen), current: chosen === resolve(ctx.store.dir) }
    },
    'data.switchFolder': async ({ path, copyCurrent }) => {
      const target = resolve(path)
      if (!chosen || target !== chosen) throw new HandlerError('forbidden', 'Choose the folder with “Change folder…” first.')
      if (target === resolve(ctx.store.dir)) throw new HandlerError('invalid-input', 'Afterview already uses that folder.')
      const kind = await inspectFolder(target)
      if (kind === 'other') {
        throw new HandlerError('invalid-input', 'That folder has other files in it. Pick an empty folder, or one that already holds Afterview data.')
      }
      if (copyCurrent) {
        if (kind !== 'empty') throw new HandlerError('invalid-input', 'That folder already holds Afterview data; open it instead of copying into it.')
        const copy = await openStore({ dir: target })
        try {
          await copy.importAll(await ctx.store.exportAll())
        } finally {
          await copy.close()
        }
      }
      const restarting = await ctx.platform.switchDataFolder(target)
      if (!restarting) throw new HandlerError('invalid-input', 'Switching folders needs the desktop app.')
      return { ok: true as const, restarting }
    }
  }
}
