import { describe, expect, it } from 'vitest';
import { restoreWindowBounds } from './restoreWindowBounds';
import type { DisplayArea } from './windowState';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
const rightMonitor: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const centred = { bounds: { x: 320, y: 125, width: 1280, height: 800 }, isMaximized: false };

describe('restoreWindowBounds', () => {
  it('keeps saved bounds that lie on a display, and the maximized flag', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: true };
    expect(restoreWindowBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('falls back to a window centred on the primary display when nothing valid was saved', () => {
    for (const saved of [undefined, null, 'x', 42, [], {}, { bounds: null }, { bounds: [1, 2, 3, 4] }]) {
      expect(restoreWindowBounds(saved, [laptop, rightMonitor])).toEqual(centred);
    }
  });

  it('rejects non-numeric, fractional, negative and absurd sizes', () => {
    const bad = [
      { x: '0', y: 0, width: 1000, height: 700 },
      { x: 0, y: 0, width: 1000.5, height: 700 },
      { x: 0, y: 0, width: -1000, height: 700 },
      { x: 0, y: 0, width: 0, height: 700 },
      { x: 0, y: Number.NaN, width: 1000, height: 700 },
      { x: 0, y: 0, width: 1e9, height: 700 },
    ];
    for (const bounds of bad) expect(restoreWindowBounds({ bounds }, [laptop])).toEqual(centred);
  });

  it('falls back to the default when the saved window is on a display that is gone', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: true };
    expect(restoreWindowBounds(saved, [laptop])).toEqual(centred);
  });

  it('pulls a window hanging off the edge back onto the display it mostly covers', () => {
    const saved = { bounds: { x: 1500, y: -200, width: 1000, height: 700 }, isMaximized: false };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({
      bounds: { x: 920, y: 0, width: 1000, height: 700 },
      isMaximized: false,
    });
  });

  it('shrinks a window larger than the display to its work area', () => {
    const saved = { bounds: { x: -10, y: 0, width: 3000, height: 2000 }, isMaximized: false };
    expect(restoreWindowBounds(saved, [laptop]).bounds).toEqual(laptop.workArea);
  });

  it('keeps the minimum size on displays large enough for it', () => {
    const saved = { bounds: { x: 10, y: 10, width: 200, height: 100 }, isMaximized: false };
    expect(restoreWindowBounds(saved, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 960, height: 600 });
  });

  it('fits the default window on a small primary display', () => {
    const small: DisplayArea = { workArea: { x: 0, y: 24, width: 1024, height: 700 } };
    expect(restoreWindowBounds(undefined, [small]).bounds).toEqual({ x: 0, y: 24, width: 1024, height: 700 });
  });

  it('still returns a default without any display information', () => {
    expect(restoreWindowBounds(undefined, [])).toEqual({
      bounds: { x: 0, y: 0, width: 1280, height: 800 },
      isMaximized: false,
    });
  });
});
