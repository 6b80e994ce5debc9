import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../../shared/ipc/contract'

// The application menu. Items that change what the window shows send an 'app.command' event:
// the renderer owns screens and dialogs. The renderer also handles Ctrl/Cmd+N, F and , itself
// (the browser harness has no menu), so each command must be harmless when it arrives twice.

export interface MenuActions {
  /** Sends a command to the app window. */
  command(command: AppCommand): void
  exportData(): void
  about(): void
  reportProblem(): void
}

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Reload and developer tools appear only in development builds. */
  dev: boolean
  appName: string
}

export function menuTemplate(opts: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin'
  const settings: MenuItemConstructorOptions = {
    label: mac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.command({ command: 'settings' })
  }
  const about: MenuItemConstructorOptions = { label: `About ${opts.appName}`, click: actions.about }

  const appMenu: MenuItemConstructorOptions = {
    label: opts.appName,
    submenu: [
      about,
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' }
    ]
  }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New process', accelerator: 'CmdOrCtrl+N', click: () => actions.command({ command: 'new-process' }) },
      { type: 'separator' },
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.command({ command: 'import' }) },
      { label: 'Export…', click: actions.exportData },
      ...(mac ? [{ type: 'separator' } as const, { role: 'close' } as const] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, { role: 'quit' } as const])
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' }
    ]
  }

  const go = (route: 'board' | 'agenda' | 'stats') => () => actions.command({ command: 'navigate', route })
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Pipeline', accelerator: 'CmdOrCtrl+1', click: go('board') },
      { label: 'Agenda', accelerator: 'CmdOrCtrl+2', click: go('agenda') },
      { label: 'Insights', accelerator: 'CmdOrCtrl+3', click: go('stats') },
      { label: 'Search', accelerator: 'CmdOrCtrl+F', click: () => actions.command({ command: 'search' }) },
      { type: 'separator' },
      ...(opts.dev ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }]
  }

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [{ label: 'Report a problem…', click: actions.reportProblem }, { type: 'separator' }, about]
  }

  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help]
}

export function installAppMenu(opts: MenuOptions, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts, actions)))
}
