import { describe, expect, it } from 'vitest';
import { listShortcutFor, type KeyLike, type KeyPlace } from './listShortcuts';

function key(k: string, mods: Partial<Omit<KeyLike, 'key'>> = {}): KeyLike {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

const PLACES: KeyPlace[] = ['search', 'text', 'row', 'control', 'page'];

describe('listShortcutFor', () => {
  it('focuses the search box with Ctrl+F or Cmd+F from anywhere, even while typing', () => {
    for (const place of PLACES) {
      expect(listShortcutFor(key('f', { ctrlKey: true }), place)).toBe('focusSearch');
      expect(listShortcutFor(key('F', { metaKey: true }), place)).toBe('focusSearch');
    }
    expect(listShortcutFor(key('f', { ctrlKey: true, shiftKey: true }), 'page')).toBeNull();
  });

  it('selects all matching with Ctrl/Cmd+A except in text fields, where it selects their text', () => {
    expect(listShortcutFor(key('a', { ctrlKey: true }), 'row')).toBe('selectAllMatching');
    expect(listShortcutFor(key('a', { metaKey: true }), 'page')).toBe('selectAllMatching');
    expect(listShortcutFor(key('a', { ctrlKey: true }), 'search')).toBeNull();
    expect(listShortcutFor(key('a', { ctrlKey: true }), 'text')).toBeNull();
  });

  it('leaves typing alone: letters, ?, Enter, Space and arrows in text fields', () => {
    for (const place of ['search', 'text'] as const) {
      for (const k of ['?', 'Enter', ' ', 'ArrowDown', 'a', 'ContextMenu']) expect(listShortcutFor(key(k), place)).toBeNull();
    }
  });

  it('clears with Escape in the search box and on the list, not in other text fields', () => {
    expect(listShortcutFor(key('Escape'), 'search')).toBe('clear');
    expect(listShortcutFor(key('Escape'), 'row')).toBe('clear');
    expect(listShortcutFor(key('Escape'), 'page')).toBe('clear');
    expect(listShortcutFor(key('Escape'), 'text')).toBeNull();
  });

  it('opens, selects and shows quick actions only on a row, leaving buttons their Enter and Space', () => {
    expect(listShortcutFor(key('Enter'), 'row')).toBe('openDetails');
    expect(listShortcutFor(key(' '), 'row')).toBe('toggleSelection');
    expect(listShortcutFor(key('ContextMenu'), 'row')).toBe('quickActions');
    expect(listShortcutFor(key('F10', { shiftKey: true }), 'row')).toBe('quickActions');
    expect(listShortcutFor(key('F10'), 'row')).toBeNull();
    // Shift+Space is the grid's own range selection.
    expect(listShortcutFor(key(' ', { shiftKey: true }), 'row')).toBeNull();
    for (const place of ['control', 'page'] as const) {
      expect(listShortcutFor(key('Enter'), place)).toBeNull();
      expect(listShortcutFor(key(' '), place)).toBeNull();
    }
  });

  it('shows the help with ? outside text fields', () => {
    expect(listShortcutFor(key('?', { shiftKey: true }), 'page')).toBe('help');
    expect(listShortcutFor(key('?', { shiftKey: true }), 'row')).toBe('help');
  });

  it('moves into the grid with the arrow keys from the page; inside, the grid moves itself', () => {
    expect(listShortcutFor(key('ArrowDown'), 'page')).toBe('enterGrid');
    expect(listShortcutFor(key('ArrowUp'), 'page')).toBe('enterGrid');
    expect(listShortcutFor(key('ArrowDown'), 'row')).toBeNull();
    expect(listShortcutFor(key('ArrowDown'), 'control')).toBeNull();
  });
});
