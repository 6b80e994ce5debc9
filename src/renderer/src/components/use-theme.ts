import { useEffect } from 'react'
import { useApp } from '../store'

/** Applies the theme setting; "system" follows the OS and keeps following it. */
export function useTheme(): void {
  const theme = useApp((s) => s.settings?.theme ?? 'system')
  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && !!media?.matches)
      document.documentElement.dataset.theme = dark ? 'dark' : 'light'
    }
    apply()
    media?.addEventListener?.('change', apply)
    return () => media?.removeEventListener?.('change', apply)
  }, [theme])
}
