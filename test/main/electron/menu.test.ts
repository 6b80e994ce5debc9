import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import type { FakeElectron } from './fake-electron'
import { installAppMenu, menuTemplate, type MenuActions, type MenuOptions } from '../../../src/main/electron/menu'
import { aboutDetail, exportData, reportProblem, reportProblemUrl, showAbout, type AboutInfo } from '../../../src/main/electron/menu-actions'
import type { Core } from '../../../src/main/core'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron())

type Item = MenuItemConstructorOptions

const actions = () => ({
  command: vi.fn<MenuActions['command']>(),
  exportData: vi.fn<MenuActions['exportData']>(),
  about: vi.fn<MenuActions['about']>(),
  reportProblem: vi.fn<MenuActions['reportProblem']>()
})
const options = (over: Partial<MenuOptions> = {}): MenuOptions => ({ platform: 'linux', dev: false, appName: 'Afterview', ...over })

const items = (menu: Item): Item[] => (Array.isArray(menu.submenu) ? menu.submenu : [])
const top = (template: Item[], label: string): Item => {
  const found = template.find((m) => m.label === label)
  if (!found) throw new Error(`no ${label} menu in ${template.map((m) => m.label).join(', ')}`)
  return found
}
const all = (template: Item[]): Item[] => template.flatMap((m) => [m, ...all(items(m))])
const byLabel = (template: Item[], label: string) => all(template).filter((i) => i.label === label)
const click = (item: Item) => (item.click as unknown as () => void)()

const info: AboutInfo = {
  appName: 'Afterview',
  version: '1.2.3',
  versions: { electron: '45.3.4', chrome: '140.0', node: '22.1.0' },
  platform: 'linux',
  arch: 'x64'
}

describe('app menu template', () => {
  it('on Windows and Linux: File, Edit, View, Window, Help with settings and quit under File', () => {
    const t = menuTemplate(options(), actions())
    expect(t.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    const file = items(top(t, 'File'))
    expect(file.map((i) => i.label ?? i.role ?? i.type)).toEqual(['New process', 'separator', 'Import…', 'Export…', 'separator', 'Settings', 'separator', 'quit'])
    expect(all(t).some((i) => i.role === 'hide' || i.role === 'services')).toBe(false)
  })

  it('on macOS: an app menu with About, Settings… (Cmd+,), Hide and Quit first', () => {
    const t = menuTemplate(options({ platform: 'darwin' }), actions())
    expect(t.map((m) => m.label)).toEqual(['Afterview', 'File', 'Edit', 'View', 'Window', 'Help'])
    const app = items(t[0])
    expect(app[0].label).toBe('About Afterview')
    expect(app.find((i) => i.label === 'Settings…')?.accelerator).toBe('CmdOrCtrl+,')
    expect(app.map((i) => i.role).filter(Boolean)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit'])
    // Quit and Settings live only in the app menu on a Mac.
    expect(items(top(t, 'File')).some((i) => i.role === 'quit' || i.label?.startsWith('Settings'))).toBe(false)
    expect(items(top(t, 'Edit')).some((i) => i.role === 'pasteAndMatchStyle')).toBe(true)
  })

  it('shortcuts: new process, search and settings send typed commands to the window', () => {
    const a = actions()
    const t = menuTemplate(options(), a)
    const [newProcess] = byLabel(t, 'New process')
    const [search] = byLabel(t, 'Search')
    const [settings] = byLabel(t, 'Settings')
    expect([newProcess.accelerator, search.accelerator, settings.accelerator]).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+F', 'CmdOrCtrl+,'])
    click(newProcess)
    click(search)
    click(settings)
    expect(a.command.mock.calls.map((c) => c[0])).toEqual([{ command: 'new-process' }, { command: 'search' }, { command: 'settings' }])
  })

  it('View opens Pipeline, Agenda and Insights; reload and devtools only in development', () => {
    const a = actions()
    const shipped = menuTemplate(options(), a)
    const view = items(top(shipped, 'View'))
    for (const label of ['Pipeline', 'Agenda', 'Insights']) click(view.find((i) => i.label === label)!)
    expect(a.command.mock.calls.map((c) => c[0])).toEqual([
      { command: 'navigate', route: 'board' },
      { command: 'navigate', route: 'agenda' },
      { command: 'navigate', route: 'stats' }
    ])
    const roles = (t: Item[]) => items(top(t, 'View')).map((i) => i.role).filter(Boolean)
    expect(roles(shipped)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    expect(roles(menuTemplate(options({ dev: true }), a))).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
  })

  it('Edit has the usual roles; Window and Help carry their roles', () => {
    const t = menuTemplate(options(), actions())
    expect(items(top(t, 'Edit')).map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'])
    expect(top(t, 'Window').role).toBe('windowMenu')
    expect(top(t, 'Help').role).toBe('help')
  })

  it('Help: Report a problem and About call their actions; File › Export… exports', () => {
    const a = actions()
    const t = menuTemplate(options(), a)
    const help = items(top(t, 'Help'))
    click(help.find((i) => i.label === 'Report a problem…')!)
    click(help.find((i) => i.label === 'About Afterview')!)
    click(byLabel(t, 'Export…')[0])
    expect([a.reportProblem.mock.calls.length, a.about.mock.calls.length, a.exportData.mock.calls.length]).toEqual([1, 1, 1])
    expect(a.command).not.toHaveBeenCalled()
  })

  it('File › Import… asks the window to import (the window opens the picker through file.openImport)', () => {
    const a = actions()
    const [item] = byLabel(menuTemplate(options(), a), 'Import…')
    expect(item.accelerator).toBe('CmdOrCtrl+I')
    click(item)
    expect(a.command).toHaveBeenCalledWith({ command: 'import' })
  })

  it('every accelerator is used once', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accels = all(menuTemplate(options({ platform, dev: true }), actions())).filter((i) => i.accelerator)
      // Settings appears once per platform (app menu on a Mac, File elsewhere).
      const unique = new Set(accels.map((i) => i.accelerator))
      expect(unique.size, platform).toBe(accels.length)
    }
  })

  it('installAppMenu sets the built template as the application menu', async () => {
    const electron = (await import('electron')) as unknown as FakeElectron
    installAppMenu(options(), actions())
    const built = electron.Menu.buildFromTemplate.mock.results.at(-1)!.value
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
    expect((built as { template: Item[] }).template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })
})

describe('menu actions', () => {
  it('About shows the version and versions, and no user data', async () => {
    const electron = (await import('electron')) as unknown as FakeElectron
    await showAbout(null, info)
    const [options] = electron.dialog.showMessageBox.mock.calls.at(-1) as unknown as [{ title: string; message: string; detail: string }]
    expect(options.title).toBe('About Afterview')
    expect(options.message).toBe('Afterview')
    expect(options.detail.split('\n')[0]).toBe('Version 1.2.3')
    expect(aboutDetail(info)).toContain('Electron 45.3.4 · Chromium 140.0 · Node 22.1.0')
  })

  it('Report a problem opens a mailto with version and platform, through the scheme check', async () => {
    const url = reportProblemUrl(info)
    expect(url.startsWith('mailto:hello@afterview.app?subject=Afterview%201.2.3')).toBe(true)
    expect(url).not.toContain('+')
    expect(decodeURIComponent(url)).toContain('Version 1.2.3')
    const open = vi.fn(async () => undefined)
    expect(await reportProblem(info, open)).toBe(true)
    expect(open).toHaveBeenCalledWith(url)
  })

  it('Export… goes through data.export (which saves from main), and reports a refusal', async () => {
    const ok = { invoke: vi.fn(async () => ({ ok: true, value: { saved: true, path: '/x.json' } })) } as unknown as Core
    expect(await exportData(ok)).toEqual({ saved: true })
    expect(ok.invoke).toHaveBeenCalledWith('data.export', undefined)
    const refused = { invoke: vi.fn(async () => ({ ok: false, error: { code: 'io', message: 'Disk full' } })) } as unknown as Core
    expect(await exportData(refused)).toEqual({ saved: false, error: 'Disk full' })
  })
})
