import { app, clipboard, ClipboardItem, dialog, shell, type BrowserWindow } from 'electron'
import { writeDataLocation } from '../services/data-location'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Platform } from '../ipc/context'

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  eml: { name: 'Email draft', extensions: ['eml'] },
  ics: { name: 'Calendar', extensions: ['ics'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  txt: { name: 'Text', extensions: ['txt'] }
}

/** Electron's login items work on macOS and Windows; on Linux `setLoginItemSettings` does nothing. */
export const loginItemsSupported = (os: NodeJS.Platform): boolean => os === 'darwin' || os === 'win32'

export function electronPlatform(getWindow: () => BrowserWindow | null, os: NodeJS.Platform = process.platform): Platform {
  return {
    name: 'electron',
    openAtLogin: loginItemsSupported(os),
    async saveFile({ suggestedName, content, kind }) {
      const win = getWindow()
      const options = { defaultPath: suggestedName, filters: [FILTERS[kind] ?? FILTERS.txt] }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return { saved: false }
      await writeFile(result.filePath, content, 'utf8')
      return { saved: true, path: result.filePath }
    },
    openExternal: (url) => shell.openExternal(url),
    async chooseFolder() {
      const win = getWindow()
      const options = { title: 'Choose a folder for Afterview’s data', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async openImportFile() {
      const win = getWindow()
      const options = {
        title: 'Import an invite or an email',
        properties: ['openFile'] as 'openFile'[],
        filters: [
          { name: 'Invites and emails', extensions: ['ics', 'eml', 'txt'] },
          { name: 'All files', extensions: ['*'] }
        ]
      }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      const path = result.canceled ? undefined : result.filePaths[0]
      if (!path) return null
      const info = await stat(path)
      return { name: basename(path), size: info.size, read: async () => new Uint8Array(await readFile(path)) }
    },
    async switchDataFolder(dir) {
      await writeDataLocation(app.getPath('userData'), dir)
      app.relaunch()
      app.quit()
      return true
    },
    async writeClipboard(text, html) {
      if (html) await clipboard.write([new ClipboardItem({ 'text/plain': text, 'text/html': html })])
      else await clipboard.writeText(text)
    }
  }
}
