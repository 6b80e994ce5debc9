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
    let frame = 0
    let tries = 0
    const focusHeading = () => {
      const main = document.getElementById('main')
      const active = document.activeElement
      if (!main || (active && active !== document.body && active !== main && main.contains(active))) return
      const heading = main.querySelector<HTMLElement>('h1')
      if (!heading) {
        // A screen may show its heading a frame later (after its data is read).
        if (++tries < 10) frame = requestAnimationFrame(focusHeading)
        return
      }
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      heading.focus({ preventScroll: true })
    }
    focusHeading()
    return () => cancelAnimationFrame(frame)
  }, [routeKey, ready])
}
