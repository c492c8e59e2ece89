import { describe, expect, it, vi } from 'vitest';
import type { SecretStorageStatus } from '../../../shared/desktopApi';
import { IPC_CHANNELS } from '../../ipcChannels';
import type { SessionStore } from '../session/createSessionStore';
import { createIpcHandlers, type IpcDependencies, type IpcSenderEvent } from './createIpcHandlers';

const fromApp: IpcSenderEvent = { senderFrame: { url: 'app://app/index.html' } };
const fromElsewhere: IpcSenderEvent = { senderFrame: { url: 'https://evil.example/' } };
const fromDestroyedFrame: IpcSenderEvent = { senderFrame: null };

function memorySessionStore(status: SecretStorageStatus = 'encrypted'): SessionStore {
  let token: string | null = null;
  return {
    load: () => Promise.resolve(token),
    save: (next) => {
      token = next;
      return Promise.resolve();
    },
    status: () => status,
  };
}

function setup(overrides: Partial<IpcDependencies> = {}) {
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const deps: IpcDependencies = {
    appInfo: { version: '0.1.0', platform: 'linux' },
    openExternal,
    sessionStore: memorySessionStore(),
    devServerUrl: undefined,
    ...overrides,
  };
  return { handlers: createIpcHandlers(deps), openExternal };
}

describe('createIpcHandlers', () => {
  it('has a handler for every bridge channel', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('refuses every channel to untrusted or destroyed frames', async () => {
    const { handlers, openExternal } = setup();
    for (const [channel, handler] of Object.entries(handlers)) {
      await expect(handler(fromElsewhere), channel).rejects.toThrow(`${channel}: refused a message from an untrusted frame.`);
      await expect(handler(fromDestroyedFrame), channel).rejects.toThrow('untrusted frame');
    }
    await expect(handlers[IPC_CHANNELS.openExternal](fromElsewhere, 'https://example.com/')).rejects.toThrow('untrusted');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('answers the dev server page in development', async () => {
    const { handlers } = setup({ devServerUrl: 'http://localhost:5173' });
    const fromDevServer = { senderFrame: { url: 'http://localhost:5173/#/influencers' } };
    await expect(handlers[IPC_CHANNELS.getAppInfo](fromDevServer)).resolves.toEqual({ version: '0.1.0', platform: 'linux' });
  });

  it('returns the app info', async () => {
    const { handlers } = setup();
    await expect(handlers[IPC_CHANNELS.getAppInfo](fromApp)).resolves.toEqual({ version: '0.1.0', platform: 'linux' });
    await expect(handlers[IPC_CHANNELS.getAppInfo](fromApp, 'extra')).rejects.toThrow(
      'crm:get-app-info: expected 0 argument(s), got 1.',
    );
  });

  it('opens only http(s) URLs externally', async () => {
    const { handlers, openExternal } = setup();
    const open = handlers[IPC_CHANNELS.openExternal];
    await expect(open(fromApp, 'https://www.youtube.com/@someone')).resolves.toBe(true);
    await expect(open(fromApp, 'file:///etc/passwd')).resolves.toBe(false);
    await expect(open(fromApp, 42)).rejects.toThrow('crm:open-external: the URL must be a string.');
    await expect(open(fromApp)).rejects.toThrow('expected 1 argument(s), got 0');
    expect(openExternal.mock.calls).toEqual([['https://www.youtube.com/@someone']]);
  });

  it('saves, loads and clears the session token', async () => {
    const { handlers } = setup();
    await expect(handlers[IPC_CHANNELS.saveSession](fromApp, 'token-1')).resolves.toBeUndefined();
    await expect(handlers[IPC_CHANNELS.loadSession](fromApp)).resolves.toBe('token-1');
    await handlers[IPC_CHANNELS.saveSession](fromApp, null);
    await expect(handlers[IPC_CHANNELS.loadSession](fromApp)).resolves.toBeNull();
  });

  it('rejects tokens of the wrong type or size', async () => {
    const { handlers } = setup();
    const save = handlers[IPC_CHANNELS.saveSession];
    await expect(save(fromApp, { token: 'x' })).rejects.toThrow('crm:save-session: the token must be a string or null.');
    await expect(save(fromApp, undefined)).rejects.toThrow('must be a string or null');
    await expect(save(fromApp, '')).rejects.toThrow('the token must be 1 to 16384 characters long.');
    await expect(save(fromApp, 'x'.repeat(16_385))).rejects.toThrow('1 to 16384 characters');
    await expect(save(fromApp)).rejects.toThrow('expected 1 argument(s), got 0');
  });

  it('reports the secret storage status', async () => {
    const { handlers } = setup({ sessionStore: memorySessionStore('basic_text') });
    await expect(handlers[IPC_CHANNELS.secretStorageStatus](fromApp)).resolves.toBe('basic_text');
  });
});
