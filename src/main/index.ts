import { app, BrowserWindow, dialog, ipcMain, nativeTheme, powerMonitor, session, shell } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startCore, type Core } from './core'
import { readDataLocation } from './services/data-location'
import { StoreError } from './store/types'
import { EVENT_CHANNEL } from '../shared/ipc/channels'
import { isTrustedSender } from './security/trusted-sender'
import { denyAllPermissions, hardenContents } from './electron/window-security'
import { attachContextMenu } from './electron/context-menu'
import { registerIpc } from './electron/ipc-register'
import { electronPlatform, loginItemsSupported } from './electron/platform'
import { createReminderNotifier } from './electron/notifier'
import { installAppMenu } from './electron/menu'
import { exportData, reportProblem, showAbout, type AboutInfo } from './electron/menu-actions'
import { loadWindowState, trackWindowState } from './electron/window-state'
import { configureSpellChecker } from './electron/spellcheck'
import { windowBackground } from './electron/window-theme'
import type { AppCommand } from '../shared/ipc/contract'
import type { ReminderNotification } from '../shared/plan/process-plan'

// Electron glue only: windows, menu, single-instance, IPC wiring. Everything else lives in core.ts.

const APP_ID = 'app.afterview.desktop'
const here = dirname(fileURLToPath(import.meta.url))
let mainWindow: BrowserWindow | null = null
let core: Core | null = null
const platform = electronPlatform(() => mainWindow)
const windowStateFile = () => join(app.getPath('userData'), 'window-state.json')

const rendererUrl = (): string =>
  !app.isPackaged && process.env.ELECTRON_RENDERER_URL
    ? process.env.ELECTRON_RENDERER_URL
    : pathToFileURL(join(here, '../renderer/index.html')).href

const currentBackground = (): string => windowBackground(core?.store.getSettings().theme, nativeTheme.shouldUseDarkColors)

/** Keeps the colour under the page in step with a theme change (settings or the OS). */
function followTheme(): void {
  const win = mainWindow
  if (win && !win.isDestroyed()) win.setBackgroundColor(currentBackground())
}

async function createWindow(): Promise<BrowserWindow> {
  const state = await loadWindowState(windowStateFile())
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Afterview',
    backgroundColor: currentBackground(),
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // No middle-click "open in new window"; new windows are denied anyway (window-security.ts).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true
    }
  })
  hardenContents(win.webContents, (url) => import('electron').then(({ shell }) => shell.openExternal(url)))
  attachContextMenu(win)
  trackWindowState(win, windowStateFile())
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize()
    win.show()
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  void win.loadURL(rendererUrl())
  return win
}

const aboutInfo = (): AboutInfo => ({
  appName: 'Afterview',
  version: app.getVersion(),
  versions: process.versions,
  platform: process.platform,
  arch: process.arch
})

function setUpMenu(): void {
  installAppMenu(
    { platform: process.platform, dev: !app.isPackaged, appName: 'Afterview' },
    {
      command: (command: AppCommand) => {
        focusWindow()
        mainWindow?.webContents.send(EVENT_CHANNEL, 'app.command', command)
      },
      exportData: () => {
        if (!core) return
        void exportData(core).then(({ error }) => error && dialog.showErrorBox('Export failed', error))
      },
      about: () => void showAbout(mainWindow, aboutInfo()),
      reportProblem: () => void reportProblem(aboutInfo(), (url) => shell.openExternal(url)).catch(() => undefined)
    }
  )
}

const notifier = createReminderNotifier(process.platform, (target) => {
  focusWindow()
  if (target) mainWindow?.webContents.send(EVENT_CHANNEL, 'app.focus', target)
})

function showNotification(n: ReminderNotification): void {
  notifier.show(n)
}

function applyLoginItem(): void {
  if (!core || !loginItemsSupported(process.platform)) return
  const { openAtLogin } = core.store.getSettings()
  if (app.getLoginItemSettings().openAtLogin !== openAtLogin) app.setLoginItemSettings({ openAtLogin })
}

function focusWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

async function start(): Promise<void> {
  try {
    await startApp()
  } catch (err) {
    await abortStart(err)
  }
}

async function startApp(): Promise<void> {
  app.setAppUserModelId(APP_ID)
  denyAllPermissions(session.defaultSession)
  configureSpellChecker(session.defaultSession, app.getLocale(), app.getPath('userData'))
  const dataDir = await readDataLocation(app.getPath('userData'), join(app.getPath('userData'), 'data'))
  try {
    core = await startCore({
      dataDir,
      platform,
      appVersion: app.getVersion(),
      notify: showNotification
    })
  } catch (err) {
    throw err instanceof StoreError ? err : new StoreError('io', `Afterview could not open its data folder (${dataDir}).`)
  }
  const appUrl = rendererUrl()
  registerIpc(ipcMain, core, (frameUrl) => isTrustedSender(frameUrl, appUrl))
  core.subscribe((event, payload) => {
    mainWindow?.webContents.send(EVENT_CHANNEL, event, payload)
    if (event === 'data.changed') {
      applyLoginItem()
      followTheme()
    }
  })
  nativeTheme.on('updated', followTheme)
  // Timers do not count sleep: after waking (or unlocking) the date and the reminder time are re-read.
  powerMonitor.on('resume', () => core?.clockChanged())
  powerMonitor.on('unlock-screen', () => core?.clockChanged())
  applyLoginItem()
  setUpMenu()
  mainWindow = await createWindow()
}

/**
 * A start that fails half-way must not leave a process without a window holding the data lock
 * (the next launch would only focus it, or open read-only): say why, release the lock, quit.
 */
async function abortStart(err: unknown): Promise<void> {
  const message =
    err instanceof StoreError
      ? err.message
      : `Afterview could not open its window (${err instanceof Error ? err.message : String(err)}). Your data was not changed.`
  dialog.showErrorBox('Afterview cannot start', message)
  const opened = core
  core = null
  await opened?.close().catch(() => undefined)
  app.exit(1)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusWindow)
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e) => e.preventDefault())
  })
  app.whenReady().then(start)
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) void createWindow().then((win) => (mainWindow = win))
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', (event) => {
    if (!core) return
    event.preventDefault()
    const closing = core
    core = null
    void closing.close().finally(() => app.quit())
  })
}
