import { Suspense, useEffect } from 'react'
import { useApp } from './store'
import { call, subscribe } from './api'
import { Sidebar } from './components/Sidebar'
import { Toasts } from './components/Toasts'
import { useTheme } from './components/use-theme'
import { useRouteFocus } from './components/use-route-focus'
import { BoardScreen } from './screens/board/BoardScreen'
import { lazyScreen, preloadScreens } from './lazy-screens'
import { runAppCommand } from './app-commands'
import { ImportHost } from './screens/import/ImportHost'

export function App() {
  const loaded = useApp((s) => s.loaded)
  const loadError = useApp((s) => s.loadError)
  const route = useApp((s) => s.route)
  // First run; a read-only window (another instance owns the data) could not save the answers.
  const welcoming = useApp((s) => s.settings !== null && !s.settings.onboarded && !s.info?.readOnly)
  useTheme()
  useRouteFocus(JSON.stringify(route), loaded && !loadError && !welcoming)

  useEffect(() => {
    const { load, toast, navigate } = useApp.getState()
    const refreshSettings = async () => {
      try {
        useApp.getState().setSettings(await call('settings.get'))
      } catch {
        // The next change or start reloads them; a failed refetch must not break the window.
      }
    }
    void load()
    const offs = [
      // An import or restore reloads the mirror, a settings change refetches the settings; single
      // changes arrive with the result of the call that made them.
      subscribe('data.changed', ({ all, settings }) => {
        if (all) void load()
        else if (settings) void refreshSettings()
      }),
      subscribe('app.notice', (n) => toast(n.message, 'error')),
      subscribe('reminder.due', (r) =>
        toast(
          `${r.title}${r.body ? ` — ${r.body}` : ''}`,
          'reminder',
          r.processId ? { label: 'Open', run: () => navigate({ name: 'process', id: r.processId! }) } : undefined,
          r.processId ?? undefined
        )
      ),
      subscribe('app.focus', ({ processId }) => navigate({ name: 'process', id: processId })),
      subscribe('app.command', runAppCommand),
      subscribe('today.changed', ({ today }) => useApp.getState().setToday(today))
    ]
    return () => offs.forEach((off) => off())
  }, [])

  // The other screens load after the board has painted, so opening one is still instant.
  useEffect(() => {
    if (loaded) return preloadScreens()
  }, [loaded])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return
      if (e.key === ',') {
        e.preventDefault()
        runAppCommand({ command: 'settings' })
      } else if (e.key.toLowerCase() === 'f') {
        e.preventDefault()
        runAppCommand({ command: 'search' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className={welcoming ? 'app app-welcome' : 'app'}>
      {!welcoming && <Sidebar />}
      {/* Focusable so the keyboard can scroll a screen with nothing else to focus (Insights). */}
      <main className="main" id="main" tabIndex={0}>
        {!loaded ? (
          <div className="empty" aria-busy="true">
            Loading your interviews…
          </div>
        ) : loadError ? (
          <div className="empty" role="alert">
            <h2>Afterview could not read its data</h2>
            <p className="muted user-text">{loadError}</p>
          </div>
        ) : (
          // One boundary per screen: the previous screen goes away while the next one loads.
          <Suspense key={welcoming ? 'welcome' : route.name} fallback={<div className="empty" aria-busy="true" />}>
            {welcoming ? <WelcomeScreen /> : <Screen route={route} />}
          </Suspense>
        )}
      </main>
      {!welcoming && <ImportHost />}
      <Toasts />
    </div>
  )
}

const WelcomeScreen = lazyScreen(() => import('./screens/welcome/WelcomeScreen'), 'WelcomeScreen')
const ProcessScreen = lazyScreen(() => import('./screens/process/ProcessScreen'), 'ProcessScreen')
const SettingsScreen = lazyScreen(() => import('./screens/settings/SettingsScreen'), 'SettingsScreen')
const AgendaScreen = lazyScreen(() => import('./screens/agenda/AgendaScreen'), 'AgendaScreen')
const ReviewScreen = lazyScreen(() => import('./screens/review/ReviewScreen'), 'ReviewScreen')
const ComposeScreen = lazyScreen(() => import('./screens/compose/ComposeScreen'), 'ComposeScreen')
const StatsScreen = lazyScreen(() => import('./screens/stats/StatsScreen'), 'StatsScreen')

function Screen({ route }: { route: ReturnType<typeof useApp.getState>['route'] }) {
  switch (route.name) {
    case 'board':
      return <BoardScreen />
    case 'agenda':
      return <AgendaScreen />
    case 'settings':
      return <SettingsScreen />
    case 'stats':
      return <StatsScreen />
    case 'process':
      return <ProcessScreen key={route.id} id={route.id} roundId={route.roundId} />
    case 'review':
      return <ReviewScreen key={route.roundId} processId={route.processId} roundId={route.roundId} />
    case 'compose':
      return <ComposeScreen key={route.processId} route={route} />
    default:
      return <BoardScreen />
  }
}
