import { describe, expect, it } from 'vitest';
import { focusExistingWindow, type FocusableWindow } from './focusExistingWindow';

function fakeWindow(state: { destroyed?: boolean; minimized?: boolean; visible?: boolean }): FocusableWindow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    isVisible: () => state.visible ?? true,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
}

describe('focusExistingWindow', () => {
  it('restores a minimized window and focuses it', () => {
    const win = fakeWindow({ minimized: true });
    expect(focusExistingWindow(win)).toBe(true);
    expect(win.calls).toEqual(['restore', 'focus']);
  });

  it('shows a hidden window before focusing it', () => {
    const win = fakeWindow({ visible: false });
    expect(focusExistingWindow(win)).toBe(true);
    expect(win.calls).toEqual(['show', 'focus']);
  });

  it('only focuses a window that is already on screen', () => {
    const win = fakeWindow({});
    focusExistingWindow(win);
    expect(win.calls).toEqual(['focus']);
  });

  it('reports false when there is no live window to focus', () => {
    expect(focusExistingWindow(null)).toBe(false);
    expect(focusExistingWindow(undefined)).toBe(false);
    const destroyed = fakeWindow({ destroyed: true });
    expect(focusExistingWindow(destroyed)).toBe(false);
    expect(destroyed.calls).toEqual([]);
  });
});
