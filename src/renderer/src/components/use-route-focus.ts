import { useEffect, useRef } from 'react'

/**
 * Moves keyboard focus to the new screen's heading after each navigation, so a keyboard or
 * screen-reader user starts at the top of what they opened instead of on <body> (the card or
 * link they used is gone). A screen that already put focus inside itself (a field it focuses
 * on purpose) keeps it. The first screen after start-up is left alone.
 */
export function useRouteFocus(routeKey: string, ready: boolean): void {
  const last = useRef<string | null>(null)
  useEffect(() => {
    if (!ready) return
    const previous = last.current
    last.current = routeKey
    if (previous === null || previous === routeKey) return
    const focusHeading = (): boolean => {
      const main = document.getElementById('main')
      const active = document.activeElement
      if (!main || (active && active !== document.body && active !== main && main.contains(active))) return true
      const heading = main.querySelector<HTMLElement>('h1')
      if (!heading) return false
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      heading.focus({ preventScroll: true })
      // A heading still hidden (the previous screen while the next one loads) cannot take focus.
      return document.activeElement === heading
    }
    if (focusHeading()) return
    // A screen may show its heading later (its code or data still loading): wait for it.
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop()
    })
    const timer = setTimeout(() => stop(), 5000)
    const stop = () => {
      observer.disconnect()
      clearTimeout(timer)
    }
    observer.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true })
    return stop
  }, [routeKey, ready])
}
