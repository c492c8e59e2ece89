import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from './buildMenuTemplate';

const options: MenuOptions = {
  appName: 'Influencer CRM',
  isPackaged: true,
  helpUrl: 'https://example.com/help',
  openExternal: () => Promise.resolve(),
};

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`menu ${item?.label ?? item?.role} has no submenu`);
  return items;
}

function roles(item: MenuItemConstructorOptions | undefined): (string | undefined)[] {
  return submenu(item).filter((entry) => entry.type !== 'separator').map((entry) => entry.role);
}

function menuNamed(template: MenuItemConstructorOptions[], name: string): MenuItemConstructorOptions | undefined {
  return template.find((item) => item.label === name || item.role === name);
}

describe('buildMenuTemplate', () => {
  it('starts with the app menu on macOS only', () => {
    const mac = buildMenuTemplate('darwin', options);
    expect(mac.map((item) => item.label ?? item.role)).toEqual(['Influencer CRM', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(roles(mac[0])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    const windows = buildMenuTemplate('win32', options);
    expect(windows.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('puts Quit in the File menu outside macOS', () => {
    expect(roles(menuNamed(buildMenuTemplate('darwin', options), 'File'))).toEqual(['close']);
    expect(roles(menuNamed(buildMenuTemplate('linux', options), 'File'))).toEqual(['close', 'quit']);
  });

  it('has the standard edit roles', () => {
    expect(roles(menuNamed(buildMenuTemplate('linux', options), 'Edit'))).toEqual([
      'undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll',
    ]);
  });

  it('offers developer tools only in development builds', () => {
    const packaged = roles(menuNamed(buildMenuTemplate('linux', options), 'View'));
    expect(packaged).toEqual(['reload', 'forceReload', 'resetZoom', 'zoomIn', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const dev = roles(menuNamed(buildMenuTemplate('linux', { ...options, isPackaged: false }), 'View'));
    expect(dev).toContain('toggleDevTools');
  });

  it('adds Ctrl/Cmd+= as a hidden zoom-in accelerator', () => {
    const view = submenu(menuNamed(buildMenuTemplate('win32', options), 'View'));
    expect(view).toContainEqual(expect.objectContaining({ role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false }));
  });

  it('shows macOS window items on macOS only', () => {
    expect(roles(menuNamed(buildMenuTemplate('darwin', options), 'windowMenu'))).toEqual(['minimize', 'zoom', 'front']);
    expect(roles(menuNamed(buildMenuTemplate('win32', options), 'windowMenu'))).toEqual(['minimize', 'close']);
  });

  it('opens help in the browser through openExternal', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const help = submenu(menuNamed(buildMenuTemplate('linux', { ...options, openExternal }), 'help'))[0];
    expect(help?.label).toBe('Influencer CRM Help');
    // Electron calls click with (menuItem, window, event); the handler ignores them.
    const click = help?.click as (() => void) | undefined;
    click?.();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/help');
  });
});
