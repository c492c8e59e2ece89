// The main process: wires the plain functions in this folder to Electron. The rules live in
// those functions (and their tests); this file only connects them, so keep it thin.
import { readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import icon from '../../resources/icon.png?asset';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appProtocol/appOrigin';
import { createAppProtocolHandler } from './appProtocol/createAppProtocolHandler';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { buildMenuTemplate } from './menu/buildMenuTemplate';
import { withContentSecurityPolicy } from './security/buildContentSecurityPolicy';
import { hardenWebContents } from './security/hardenWebContents';
import { isAppUrl } from './security/isAppUrl';
import { isPermissionAllowed } from './security/isPermissionAllowed';
import { createSessionStore } from './session/createSessionStore';
import { createWindowOptions } from './window/createWindowOptions';
import { focusExistingWindow } from './window/focusExistingWindow';
import { loadWindowState } from './window/loadWindowState';
import { restoreWindowBounds } from './window/restoreWindowBounds';
import { saveWindowState } from './window/saveWindowState';
import { serializeWindowState } from './window/serializeWindowState';
import { trackWindowState } from './window/trackWindowState';

const HELP_URL = 'https://influencercrm.app/help';
const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));

// The dev server only in development: a packaged app must never load a URL from the
// environment.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const openExternal = (url: string): Promise<void> => shell.openExternal(url);
let mainWindow: BrowserWindow | null = null;

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// One instance per user: two apps writing one IndexedDB corrupt it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!focusExistingWindow(mainWindow) && app.isReady()) createMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { devServerUrl, openExternal }));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !focusExistingWindow(mainWindow)) createMainWindow();
  });
  void app.whenReady().then(start);
}

function start(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  // The app:// handler sets the CSP itself; this also covers any app response that does not
  // pass through it. The dev server is left alone: Vite injects inline scripts.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback(isAppUrl(details.url) ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders) } : {});
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: RENDERER_ROOT, readFile: (path) => fs.readFile(path) }));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(process.platform, { appName: app.name, isPackaged: app.isPackaged, helpUrl: HELP_URL, openExternal }),
    ),
  );
  registerIpcHandlers(ipcMain, {
    appInfo: { version: app.getVersion(), platform: process.platform },
    openExternal,
    sessionStore: createSessionStore({ userDataDir: app.getPath('userData'), safeStorage, fs, platform: process.platform }),
    devServerUrl,
  });
  createMainWindow();
}

function createMainWindow(): void {
  const userData = app.getPath('userData');
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()];
  const state = restoreWindowBounds(loadWindowState(userData, readFileSync), displays);
  // Windows and macOS take the icon from the installed app; Linux needs it on the window.
  const win = new BrowserWindow(createWindowOptions(state.bounds, PRELOAD_PATH, process.platform === 'linux' ? icon : undefined));
  mainWindow = win;

  // maximize() also shows the window, so it waits for the first paint like show() does.
  win.once('ready-to-show', () => (state.isMaximized ? win.maximize() : win.show()));
  trackWindowState(win, (tracked) => saveWindowState(userData, serializeWindowState(tracked), writeFileSync));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}
