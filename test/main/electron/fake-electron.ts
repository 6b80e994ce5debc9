import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

// A stand-in for the parts of `electron` the glue uses, so that no test imports the real binary.
// Each test file mocks 'electron' with `fakeElectron()`, then inspects what the glue did with it.

type Listener = (...args: unknown[]) => unknown

/** webContents: remembers its listeners and the window-open handler so tests can fire them. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  sent: unknown[][] = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  send(...args: unknown[]) {
    this.sent.push(args)
  }
  /** Emits like Electron does and reports whether any listener called preventDefault(). */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false
    const e = { preventDefault: () => (prevented = true) }
    this.emit(event, e, ...args)
    return prevented
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  availableSpellCheckerLanguages = ['en-US']
  setPermissionRequestHandler(h: Listener) {
    this.permissionRequestHandler = h
  }
  setPermissionCheckHandler(h: Listener) {
    this.permissionCheckHandler = h
  }
  setSpellCheckerLanguages = vi.fn()
  setSpellCheckerDictionaryDownloadURL = vi.fn()
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = []
  static getAllWindows = () => FakeBrowserWindow.created
  webContents = new FakeWebContents()
  loadedUrl: string | null = null
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super()
    FakeBrowserWindow.created.push(this)
  }
  loadURL(url: string) {
    this.loadedUrl = url
    return Promise.resolve()
  }
  isMinimized = () => false
  isMaximized = () => false
  isFullScreen = () => false
  isDestroyed = () => false
  maximize = vi.fn()
  getNormalBounds = () => ({ x: Number(this.options.x ?? 0), y: Number(this.options.y ?? 0), width: Number(this.options.width), height: Number(this.options.height) })
  restore = vi.fn()
  focus = vi.fn()
  show = vi.fn()
  setBackgroundColor = vi.fn()
}

export function fakeElectron() {
  const handlers = new Map<string, Listener>()
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn((_name: string) => '/nonexistent'),
    getVersion: () => '9.9.9-test',
    getLocale: () => 'en-US',
    setAppUserModelId: vi.fn(),
    getLoginItemSettings: () => ({ openAtLogin: false }),
    setLoginItemSettings: vi.fn()
  })
  const defaultSession = new FakeSession()
  const exposed = new Map<string, unknown>()
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    powerMonitor: new EventEmitter(),
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false }),
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, fn: Listener) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        handlers.set(channel, fn)
      })
    },
    ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })) }),
    contextBridge: { exposed, exposeInMainWorld: vi.fn((key: string, api: unknown) => void exposed.set(key, api)) },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    clipboard: { writeText: vi.fn(), write: vi.fn() },
    ClipboardItem: class {},
    Notification: Object.assign(class {}, { isSupported: () => false }),
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ popup: vi.fn(), template })),
      setApplicationMenu: vi.fn()
    },
    // One 1920x1080 display with a 40px panel; tests may replace the list.
    screen: {
      displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getAllDisplays(): { id: number; workArea: { x: number; y: number; width: number; height: number } }[] {
        return this.displays
      },
      getPrimaryDisplay() {
        return this.displays[0]
      }
    }
  }
}
export type FakeElectron = ReturnType<typeof fakeElectron>
