import { join } from 'node:path';
import { WINDOW_STATE_FILE } from './windowState';

export type WriteTextFileSync = (path: string, data: string, encoding: 'utf8') => void;

/**
 * Writes window-state.json. Synchronous on purpose: the last save happens while the window
 * closes, and an async write could be cut short by the app quitting. Failure only costs the
 * remembered position, so it is reported, not thrown.
 */
export function saveWindowState(
  userDataDir: string,
  serializedState: string,
  writeFileSync: WriteTextFileSync,
  warn: (message: string) => void = console.warn,
): void {
  try {
    writeFileSync(join(userDataDir, WINDOW_STATE_FILE), serializedState, 'utf8');
  } catch (error) {
    warn(`Could not save the window state: ${error instanceof Error ? error.message : String(error)}`);
  }
}
