import type { Store } from '../store/types'
import type { EventName } from '../../shared/ipc/channels'
import type { EventPayloads } from '../../shared/ipc/contract'

/** What differs between the Electron app and the browser harness: OS dialogs, shell, clipboard. */
export interface Platform {
  name: 'electron' | 'web'
  saveFile(file: { suggestedName: string; content: string; kind: string }): Promise<{ saved: boolean; path?: string }>
  /** Only ever called with a URL that passed isSafeExternalUrl. */
  openExternal(url: string): Promise<void>
  writeClipboard(text: string, html?: string): Promise<void>
  /** An OS folder picker; null when cancelled or when the platform has none (the harness). */
  chooseFolder(): Promise<string | null>
  /**
   * An OS file picker for an invite or an email (File → Import…); null when cancelled. The size
   * comes first so that a huge file is refused without being read. Absent where there is none.
   */
  openImportFile?(): Promise<PickedFile | null>
  /** Points the app at another data folder and restarts it; false where that is not possible. */
  switchDataFolder(dir: string): Promise<boolean>
  /** Whether the OS honours "Open at login"; absent means it does. */
  openAtLogin?: boolean
}

export interface PickedFile {
  name: string
  size: number
  read(): Promise<Uint8Array>
}

export interface HandlerContext {
  store: Store
  platform: Platform
  appVersion: string
  /** Today's local calendar date (overridable for tests and demos). */
  today(): string
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
}
