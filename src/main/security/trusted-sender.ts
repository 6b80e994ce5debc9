// An IPC call is honoured only from the app's own page: the packaged file or, in development,
// the electron-vite dev server. Anything else (a navigated frame, an iframe) is refused.

export function isTrustedSender(frameUrl: unknown, appUrl: string): boolean {
  if (typeof frameUrl !== 'string' || frameUrl === '') return false
  let frame: URL
  let app: URL
  try {
    frame = new URL(frameUrl)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (app.protocol === 'file:') return frame.protocol === 'file:' && frame.pathname === app.pathname
  return frame.origin === app.origin
}
