import type { Session, WebContents } from 'electron'
import { openExternalSafely } from '../security/external-links'

/**
 * The page may never navigate away or open windows: links go to the system browser after the
 * scheme check, and every permission (camera, notifications from the page, ...) is denied.
 */
export function hardenContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // The OS may have no handler for a link: log it, never leave an unhandled rejection in main.
    openExternalSafely(url, openExternal).catch((err) => console.warn('[afterview] could not open link', err))
    return { action: 'deny' }
  })
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
