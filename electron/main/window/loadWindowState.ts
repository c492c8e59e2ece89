import { join } from 'node:path';
import { WINDOW_STATE_FILE } from './windowState';

export type ReadTextFileSync = (path: string, encoding: 'utf8') => string;

/**
 * The parsed window-state.json, or undefined when it is missing or not JSON. Read
 * synchronously: the window cannot be created before its bounds are known, and the file
 * is a few dozen bytes. The content is validated by restoreWindowBounds.
 */
export function loadWindowState(userDataDir: string, readFileSync: ReadTextFileSync): unknown {
  try {
    return JSON.parse(readFileSync(join(userDataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}
