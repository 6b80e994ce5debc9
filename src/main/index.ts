import { app, BrowserWindow, dialog, ipcMain, Notification, session } from 'electron'
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
import { electronPlatform } from './electron/platform'
import type { ReminderNotification } from '../shared/plan/process-plan'

// Electron glue only: windows, single-instance, IPC wiring. Everything else lives in core.ts.

const APP_ID = 'app.afterview.desktop'
const here = dirname(fileURLToPath(import.meta.url))
let mainWindow: BrowserWindow | null = null
let core: Core | null = null

const rendererUrl = (): string =>
  !app.isPackaged && process.env.ELECTRON_RENDERER_URL
    ? process.env.ELECTRON_RENDERER_URL
    : pathToFileURL(join(here, '../renderer/index.html')).href

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Afterview',
    backgroundColor: '#f7f7f5',
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
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl())
  return win
}

function showNotification(n: ReminderNotification): void {
  if (!Notification.isSupported()) return
  const notification = new Notification({ title: n.title, body: n.body })
  notification.on('click', () => {
    focusWindow()
    const first = n.reminders[0]
    if (first) mainWindow?.webContents.send(EVENT_CHANNEL, 'app.focus', { processId: first.processId, step: first.kind })
  })
  notification.show()
}

function applyLoginItem(): void {
  if (!core) return
  const { openAtLogin } = core.store.getSettings()
  if (app.getLoginItemSettings().openAtLogin !== openAtLogin) app.setLoginItemSettings({ openAtLogin })
}

function focusWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

async function start(): Promise<void> {
  app.setAppUserModelId(APP_ID)
  denyAllPermissions(session.defaultSession)
  session.defaultSession.setSpellCheckerLanguages([app.getLocale()].filter((l) => session.defaultSession.availableSpellCheckerLanguages.includes(l)))
  const dataDir = await readDataLocation(app.getPath('userData'), join(app.getPath('userData'), 'data'))
  try {
    core = await startCore({
      dataDir,
      platform: electronPlatform(() => mainWindow),
      appVersion: app.getVersion(),
      notify: showNotification
    })
  } catch (err) {
    const message = err instanceof StoreError ? err.message : `Afterview could not open its data folder (${dataDir}).`
    dialog.showErrorBox('Afterview cannot start', message)
    app.exit(1)
    return
  }
  const appUrl = rendererUrl()
  registerIpc(ipcMain, core, (frameUrl) => isTrustedSender(frameUrl, appUrl))
  core.subscribe((event, payload) => {
    mainWindow?.webContents.send(EVENT_CHANNEL, event, payload)
    if (event === 'data.changed') applyLoginItem()
  })
  applyLoginItem()
  mainWindow = createWindow()
  mainWindow.on('closed', () => (mainWindow = null))
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
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
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
