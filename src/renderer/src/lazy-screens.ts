import { lazy, type ComponentType } from 'react'

// Screens other than the board load on their own: the notes analyser, the composer's language
// model and the import parsers are megabytes the first paint of the board does not need.

const loaders: (() => Promise<unknown>)[] = []

/** A React.lazy screen from a module's named export; its loader is kept for preloading. */
export function lazyScreen<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K
): M[K] extends ComponentType<infer P> ? ComponentType<P> : never {
  let pending: Promise<{ default: ComponentType<unknown> }> | null = null
  const once = () => (pending ??= load().then((m) => ({ default: m[name] as ComponentType<unknown> })))
  loaders.push(once)
  return lazy(once) as never
}

/** Fetches every screen when the browser is idle (after the board's first paint); returns a cancel. */
export function preloadScreens(): () => void {
  let cancelled = false
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200)
  const next = (i: number) => {
    if (cancelled || i >= loaders.length) return
    // One screen per idle moment: parsing a big chunk must not hold up a keystroke.
    loaders[i]().catch(() => undefined).finally(() => idle(() => next(i + 1)))
  }
  idle(() => next(0))
  return () => {
    cancelled = true
  }
}
