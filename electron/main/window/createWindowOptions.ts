import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type Rectangle } from './windowState';

/** The renderer's MUI background, so the window does not flash white before first paint. */
export const WINDOW_BACKGROUND_COLOR = '#f6f7fb';

/**
 * Options for the app's one window. The renderer gets no Node and no Electron: it runs
 * sandboxed, isolated from the preload, and talks to the main process only through the
 * functions the preload exposes.
 */
export function createWindowOptions(
  bounds: Rectangle,
  preloadPath: string,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Influencer CRM',
    // Shown on 'ready-to-show', once there is something to show.
    show: false,
    backgroundColor: WINDOW_BACKGROUND_COLOR,
    ...(icon === undefined ? {} : { icon }),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
