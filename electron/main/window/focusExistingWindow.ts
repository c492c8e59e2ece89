/** The subset of BrowserWindow needed to bring it to the front. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  isVisible(): boolean;
  show(): void;
  focus(): void;
}

/**
 * A second launch of the app hands over to the first (two instances on one IndexedDB
 * corrupt each other): bring the running window back instead. Returns false when there is
 * no window to focus, so the caller can create one.
 */
export function focusExistingWindow(win: FocusableWindow | null | undefined): boolean {
  if (win === null || win === undefined || win.isDestroyed()) return false;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
  return true;
}
