import type { StatefulWindow } from './serializeWindowState';

/** The BrowserWindow events after which its remembered state may have changed. */
export interface TrackedWindow extends StatefulWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/**
 * Saves the window's state after it stops moving or resizing (moves fire dozens of times a
 * second while dragging), and once more as it closes so the last change is never lost.
 */
export function trackWindowState(
  win: TrackedWindow,
  save: (win: StatefulWindow) => void,
  delayMs = 500,
): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      save(win);
    }, delayMs);
  };
  win.on('resize', schedule);
  win.on('move', schedule);
  win.on('maximize', schedule);
  win.on('unmaximize', schedule);
  win.on('close', () => {
    clearTimeout(pending);
    pending = undefined;
    save(win);
  });
}
