import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowState } from './loadWindowState';
import { saveWindowState } from './saveWindowState';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'crm-window-state-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('loadWindowState', () => {
  it('reads back what saveWindowState wrote to userData/window-state.json', () => {
    const state = JSON.stringify({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, isMaximized: false });
    saveWindowState(userData, state, writeFileSync);
    expect(readFileSync(join(userData, 'window-state.json'), 'utf8')).toBe(state);
    expect(loadWindowState(userData, readFileSync)).toEqual(JSON.parse(state));
  });

  it('returns undefined when the file is missing or not JSON', () => {
    expect(loadWindowState(userData, readFileSync)).toBeUndefined();
    writeFileSync(join(userData, 'window-state.json'), '{"bounds": {', 'utf8');
    expect(loadWindowState(userData, readFileSync)).toBeUndefined();
  });
});
