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
}

export interface HandlerContext {
  store: Store
  platform: Platform
  appVersion: string
  /** Today's local calendar date (overridable for tests and demos). */
  today(): string
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
}
