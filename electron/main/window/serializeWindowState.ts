import type { Rectangle } from './windowState';

/** The subset of BrowserWindow whose state is remembered between runs. */
export interface StatefulWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/**
 * The JSON written to window-state.json. The normal (un-maximized) bounds are kept even
 * for a maximized window, so that un-maximizing after a restart has somewhere to go.
 */
export function serializeWindowState(win: StatefulWindow): string {
  const { x, y, width, height } = win.getNormalBounds();
  return JSON.stringify({ bounds: { x, y, width, height }, isMaximized: win.isMaximized() });
}
