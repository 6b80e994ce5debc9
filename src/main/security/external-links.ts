import { isSafeExternalUrl } from './trusted-url'

/** Opens a link outside the app only after the scheme check; returns whether it was opened. */
export async function openExternalSafely(url: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  await open(url)
  return true
}
