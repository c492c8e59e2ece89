import { describe, expect, it } from 'vitest';
import { restoreWindowBounds } from './restoreWindowBounds';
import { serializeWindowState } from './serializeWindowState';

describe('serializeWindowState', () => {
  it('writes the normal bounds and the maximized flag, which restoreWindowBounds reads back', () => {
    const win = {
      getNormalBounds: () => ({ x: 100, y: 50, width: 1200, height: 800 }),
      isMaximized: () => true,
    };
    const json = serializeWindowState(win);
    expect(JSON.parse(json)).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, isMaximized: true });
    const displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
    expect(restoreWindowBounds(JSON.parse(json), displays)).toEqual(JSON.parse(json));
  });
});
