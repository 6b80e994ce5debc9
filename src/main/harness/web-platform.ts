import type { Platform } from '../ipc/context'

export interface WebPlatformRecord {
  opened: string[]
  clipboard: { text: string; html?: string }[]
  saved: { suggestedName: string; kind: string; content: string }[]
  /** Files the next File → Import… calls "pick", first one first; none left = cancelled. */
  toImport?: { name: string; content: string | Uint8Array }[]
}

/**
 * The harness never touches the real OS: links, clipboard writes and saved files are recorded
 * so that tests can check exactly what would have left the app.
 */
export function webPlatform(record: WebPlatformRecord): Platform {
  return {
    name: 'web',
    async saveFile(file) {
      record.saved.push(file)
      return { saved: true, path: `harness://${file.suggestedName}` }
    },
    async openExternal(url) {
      record.opened.push(url)
    },
    // The harness has no OS dialogs and never restarts: data-folder moves are desktop-only.
    chooseFolder: async () => null,
    async openImportFile() {
      const next = record.toImport?.shift()
      if (!next) return null
      const bytes = typeof next.content === 'string' ? new TextEncoder().encode(next.content) : next.content
      return { name: next.name, size: bytes.byteLength, read: async () => bytes }
    },
    switchDataFolder: async () => false,
    async writeClipboard(text, html) {
      record.clipboard.push(html ? { text, html } : { text })
    }
  }
}
