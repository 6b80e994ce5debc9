// Which URLs may leave the app for the system browser or mail client. Takes unknown because
// it guards a boundary: anything from the renderer, a pasted note or a link in a message.

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:'])

export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return false
  // Control characters and whitespace around a URL are a classic way to smuggle a scheme past checks.
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false
  if (url.protocol === 'mailto:') return url.pathname.length > 0 || url.search.length > 0
  return url.hostname.length > 0 && url.username === '' && url.password === ''
}
