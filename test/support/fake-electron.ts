/**
 * A fake of the part of the `electron` module the app uses. Vitest aliases `electron` to this file
 * (vitest.config.ts), so the shell's real code runs against it; every call is recorded so tests can
 * assert what the app asked Electron to do. Call `resetFakeElectron()` in `beforeEach`.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fake stands in for many differently typed callbacks
type Listener = (...args: any[]) => unknown;
type Options = Record<string, unknown> & { webPreferences?: Record<string, unknown> };

/** A main-process frame as IPC events carry it: its URL and whether it is a top frame. */
export class FakeWebFrameMain {
  constructor(
    public url: string,
    public parent: FakeWebFrameMain | null = null,
  ) {}
  get top(): FakeWebFrameMain {
    return this.parent ? this.parent.top : this;
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  setPermissionRequestHandler = vi.fn((handler: Listener | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: Listener | null) => {
    this.permissionCheckHandler = handler;
  });
  devicePermissionHandler: Listener | null = null;
  setDevicePermissionHandler = vi.fn((handler: Listener | null) => {
    this.devicePermissionHandler = handler;
  });
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  id = nextContentsId++;
  session = session.defaultSession;
  windowOpenHandler: Listener | null = null;
  url = '';
  zoomLevel = 0;
  mainFrame = new FakeWebFrameMain('');
  setWindowOpenHandler = vi.fn((handler: Listener) => {
    this.windowOpenHandler = handler;
  });
  getURL = vi.fn(() => this.url);
  getZoomLevel = vi.fn(() => this.zoomLevel);
  setZoomLevel = vi.fn((level: number) => {
    this.zoomLevel = level;
  });
  reload = vi.fn();
  /** Emits 'will-frame-navigate' as Electron does: the details are the event; returns whether it was prevented. */
  emitFrameNavigate(url: string, isMainFrame: boolean): boolean {
    let prevented = false;
    this.emit('will-frame-navigate', { url, isMainFrame, preventDefault: () => void (prevented = true) });
    return prevented;
  }
  /** Emits an event the way Electron does, with a preventable event object; returns whether it was prevented. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => void (prevented = true), get defaultPrevented() { return prevented; } };
    this.emit(name, event, ...args);
    return prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((w) => !w.destroyed));
  static getFocusedWindow = vi.fn(() => BrowserWindow.instances.find((w) => !w.destroyed) ?? null);
  static fromWebContents = vi.fn((contents: FakeWebContents) => BrowserWindow.instances.find((w) => w.webContents === contents) ?? null);

  readonly options: Options;
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  visible = false;
  /** What getNormalBounds answers: the options' bounds until a test moves the window. */
  bounds: { x: number; y: number; width: number; height: number };
  loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
    this.webContents.mainFrame = new FakeWebFrameMain(url);
  });
  show = vi.fn(() => {
    this.visible = true;
  });
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = vi.fn(() => this.minimized);
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  isMaximized = vi.fn(() => this.maximized);
  getNormalBounds = vi.fn(() => ({ ...this.bounds }));
  isDestroyed = vi.fn(() => this.destroyed);
  close = vi.fn(() => {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.emit('closed');
  });

  constructor(options: Options = {}) {
    super();
    this.options = options;
    const n = (key: string, fallback: number) => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: n('x', 100), y: n('y', 100), width: n('width', 800), height: n('height', 600) };
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
}

function defaultPaths(): Record<string, string> {
  const root = path.join(tmpdir(), `nn-fake-electron-${process.pid}`);
  return { appData: path.join(root, 'appData'), userData: path.join(root, 'appData', 'Newsroom Notebook'), logs: path.join(root, 'logs'), documents: path.join(root, 'Documents'), home: path.join(root, 'home') };
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Newsroom Notebook';
  gotLock = true;
  /** Under the temp folder, never created here: a test that lets the app write there sets its own folder. */
  paths: Record<string, string> = defaultPaths();
  requestSingleInstanceLock = vi.fn(() => this.gotLock);
  whenReady = vi.fn(() => Promise.resolve());
  quit = vi.fn(() => {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.emit('will-quit', { preventDefault() {} });
  });
  exit = vi.fn();
  focus = vi.fn();
  getPath = vi.fn((name: string) => this.paths[name] ?? path.join(tmpdir(), `nn-fake-electron-${process.pid}`, name));
  getVersion = vi.fn(() => '0.0.0-test');
  setPath = vi.fn((name: string, value: string) => {
    this.paths[name] = value;
  });
  getName = vi.fn(() => this.name);
  setAboutPanelOptions = vi.fn();
  showAboutPanel = vi.fn();
}

export const app = new FakeApp();

export const session = { defaultSession: new FakeSession() };

export const protocol = {
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
  unhandle: vi.fn((scheme: string) => {
    protocol.handlers.delete(scheme);
  }),
  isProtocolHandled: vi.fn((scheme: string) => protocol.handlers.has(scheme)),
};

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, listener: Listener) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, listener);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
  on: vi.fn(),
  /** Calls a registered handler the way a renderer's `ipcRenderer.invoke` would arrive. */
  async invokeFrom(frame: FakeWebFrameMain | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame, sender: new FakeWebContents(), processId: 1, frameId: 1 }, ...args);
  },
};

export const ipcRenderer = {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
  on: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  showItemInFolder: vi.fn(),
  openPath: vi.fn(async (_path: string) => ''),
};

export const dialog = {
  /** The button index the next message boxes answer with. */
  nextResponse: 0,
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: dialog.nextResponse, checkboxChecked: false })),
  showErrorBox: vi.fn(),
  /** What the next open and save dialogs answer; null means the reporter cancelled. */
  nextOpenPaths: null as string[] | null,
  nextSavePath: null as string | null,
  showOpenDialog: vi.fn(async (..._args: unknown[]) => (dialog.nextOpenPaths ? { canceled: false, filePaths: dialog.nextOpenPaths } : { canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => (dialog.nextSavePath ? { canceled: false, filePath: dialog.nextSavePath } : { canceled: true, filePath: '' })),
};

export const nativeTheme = { themeSource: 'system' as 'system' | 'light' | 'dark', shouldUseDarkColors: false };

type FakeDisplay = { id: number; workArea: { x: number; y: number; width: number; height: number } };
export const screen = {
  displays: [] as FakeDisplay[],
  getAllDisplays: vi.fn(() => screen.displays),
};
const ONE_DISPLAY: FakeDisplay[] = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];

export const Menu = {
  current: null as null | { template: unknown[] },
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
    Menu.current = menu;
  }),
};

export const net = {
  fetch: vi.fn(async (..._args: unknown[]): Promise<Response> => new Response('fake net.fetch', { status: 599 })),
};

/** Puts every fake back as new: no handlers, no windows, no recorded calls, default answers. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.gotLock = true;
  app.isPackaged = false;
  app.paths = defaultPaths();
  BrowserWindow.instances = [];
  session.defaultSession = new FakeSession();
  protocol.handlers.clear();
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  dialog.nextResponse = 0;
  dialog.nextOpenPaths = null;
  dialog.nextSavePath = null;
  nativeTheme.themeSource = 'system';
  screen.displays = ONE_DISPLAY.map((display) => ({ ...display, workArea: { ...display.workArea } }));
  Menu.current = null;
  ipcRenderer.invoke.mockImplementation(async () => undefined);
}
