import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrmDesktopApi } from '../../shared/desktopApi';
import { IPC_CHANNELS } from '../ipcChannels';

// The Electron binary is not available to unit tests: stand in for the two preload APIs.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve(undefined)) },
}));
vi.mock('electron', () => electron);

async function loadExposedApi(): Promise<CrmDesktopApi> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('crmDesktop');
  return api as CrmDesktopApi;
}

describe('preload bridge', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('exposes exactly the CrmDesktopApi functions, not ipcRenderer', async () => {
    const api = await loadExposedApi();
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('invokes one named channel per function with its arguments', async () => {
    const api = await loadExposedApi();
    await api.getAppInfo();
    await api.openExternal('https://example.com/');
    await api.loadSession();
    await api.saveSession('token-1');
    await api.saveSession(null);
    await api.secretStorageStatus();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.openExternal, 'https://example.com/'],
      [IPC_CHANNELS.loadSession],
      [IPC_CHANNELS.saveSession, 'token-1'],
      [IPC_CHANNELS.saveSession, null],
      [IPC_CHANNELS.secretStorageStatus],
    ]);
  });
});
