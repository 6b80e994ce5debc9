import type { ReactNode } from 'react'
import { call } from '../api'
import { useApp } from '../store'
import './controls.css'

/** Web addresses we are willing to hand to the system browser; main checks the scheme again. */
export const isOpenableUrl = (url: string): boolean => /^https?:\/\/\S+$/i.test(url.trim())

export async function openExternal(url: string): Promise<void> {
  try {
    const { opened } = await call('shell.openExternal', { url })
    if (!opened) useApp.getState().toast('That link could not be opened.', 'error')
  } catch (err) {
    useApp.getState().toast(err instanceof Error ? err.message : 'That link could not be opened.', 'error')
  }
}

/**
 * A link that opens in the system browser through the main process. It is a button, never an
 * <a href>: the renderer must not navigate, and a hostile URL never reaches a real anchor.
 */
export function ExternalLink({ url, children, className, label }: { url: string; children: ReactNode; className?: string; label?: string }) {
  if (!isOpenableUrl(url)) return <span className={`user-text ${className ?? ''}`}>{children}</span>
  return (
    <button type="button" className={`link-btn ${className ?? ''}`} onClick={() => void openExternal(url)} aria-label={label} title={url}>
      {children}
    </button>
  )
}
