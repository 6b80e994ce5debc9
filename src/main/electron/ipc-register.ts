import type { IpcMain } from 'electron'
import { CHANNELS } from '../../shared/ipc/channels'
import type { IpcResult } from '../../shared/ipc/result'
import type { Core } from '../core'

/** One generic registration for every channel of the contract: sender check, then dispatch. */
export function registerIpc(ipcMain: IpcMain, core: Core, isTrusted: (frameUrl: string | undefined) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload): Promise<IpcResult<unknown>> => {
      if (!isTrusted(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'forbidden', message: 'This call did not come from Afterview’s own window.' } }
      }
      return core.invoke(channel, payload)
    })
  }
}
