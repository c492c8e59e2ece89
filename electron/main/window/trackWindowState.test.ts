import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackWindowState, type TrackedWindow } from './trackWindowState';

type WindowEvent = 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close';

function fakeWindow(): TrackedWindow & { emit(event: WindowEvent): void } {
  const listeners = new Map<WindowEvent, (() => void)[]>();
  return {
    getNormalBounds: () => ({ x: 0, y: 0, width: 1000, height: 700 }),
    isMaximized: () => false,
    on(event: WindowEvent, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event) {
      for (const listener of listeners.get(event) ?? []) listener();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('trackWindowState', () => {
  it('saves once after a burst of moves and resizes settles', () => {
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win, save, 500);
    for (let i = 0; i < 20; i++) {
      win.emit('move');
      vi.advanceTimersByTime(50);
    }
    win.emit('resize');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(win);
  });

  it('saves immediately on close and drops the pending save', () => {
    const win = fakeWindow();
    const save = vi.fn();
    trackWindowState(win, save, 500);
    win.emit('maximize');
    win.emit('close');
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
