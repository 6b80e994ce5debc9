import type { AppCommand } from '../../shared/ipc/contract'
import { useApp, type Route } from './store'
import { importFromPicker } from './screens/import/import-store'

// What the app menu's items (and the matching shortcuts) do in the window. In Electron a
// shortcut may reach both the menu and the page, so each command is harmless when repeated.

function go(route: Route): void {
  const { route: current, navigate } = useApp.getState()
  if (current.name !== route.name) navigate(route)
}

export function runAppCommand(cmd: AppCommand): void {
  switch (cmd.command) {
    case 'settings':
      return go({ name: 'settings' })
    case 'import':
      // Only from the menu (the browser harness has none): it opens the OS file picker once.
      return void importFromPicker()
    case 'new-process':
      return useApp.getState().requestNewProcess()
    case 'search':
      go({ name: 'board' })
      // After the board has rendered its search field.
      setTimeout(() => document.getElementById('board-search')?.focus(), 0)
      return
    case 'navigate':
      if (cmd.route === 'board' || cmd.route === 'agenda' || cmd.route === 'stats' || cmd.route === 'settings') go({ name: cmd.route })
      return
  }
}
