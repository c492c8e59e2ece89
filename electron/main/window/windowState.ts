/** A rectangle in screen coordinates (the shape of Electron's `Rectangle`). */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a display contributes to window placement: the area not covered by task bars. */
export interface DisplayArea {
  workArea: Rectangle;
}

/** The window's remembered state, as kept in userData/window-state.json. */
export interface WindowState {
  /** The un-maximized bounds, so un-maximizing after a restart returns to them. */
  bounds: Rectangle;
  isMaximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_WIDTH = 960;
export const MIN_WINDOW_HEIGHT = 600;
export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 800;
