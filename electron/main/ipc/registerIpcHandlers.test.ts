import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../ipcChannels';
import type { IpcHandler } from './createIpcHandlers';
import { registerIpcHandlers } from './registerIpcHandlers';

describe('registerIpcHandlers', () => {
  it('registers one handler per channel the preload invokes', async () => {
    const registered = new Map<string, IpcHandler>();
    registerIpcHandlers(
      { handle: (channel, handler) => registered.set(channel, handler) },
      {
        appInfo: { version: '1.2.3', platform: 'darwin' },
        openExternal: () => Promise.resolve(),
        sessionStore: { load: () => Promise.resolve(null), save: () => Promise.resolve(), status: () => 'encrypted' },
        devServerUrl: undefined,
      },
    );
    expect([...registered.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const getAppInfo = registered.get(IPC_CHANNELS.getAppInfo);
    await expect(getAppInfo?.({ senderFrame: { url: 'app://app/index.html' } })).resolves.toEqual({ version: '1.2.3', platform: 'darwin' });
  });
});
