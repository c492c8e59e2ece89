import type { CrmDesktopApi, DesktopAppInfo } from '../../../shared/desktopApi';
import { IPC_CHANNELS, type IpcChannel } from '../../ipcChannels';
import { openExternalSafely } from '../security/openExternalSafely';
import type { SessionStore } from '../session/createSessionStore';
import { expectArgumentCount, parseExternalUrlArgument, parseSessionTokenArgument } from './ipcArguments';
import { isTrustedSender } from './isTrustedSender';

/** What an IPC handler sees of ipcMain's invoke event. */
export interface IpcSenderEvent {
  senderFrame: { url: string } | null;
}

export type IpcHandler = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;

export interface IpcDependencies {
  appInfo: DesktopAppInfo;
  /** shell.openExternal */
  openExternal: (url: string) => Promise<void>;
  sessionStore: SessionStore;
  /** The electron-vite dev server, in development only. */
  devServerUrl: string | undefined;
}

/**
 * One handler per bridge function, keyed by channel. Every handler first checks that the
 * message comes from our page, then validates its arguments, then does its work with the
 * side effects it was given — so tests call them directly with fakes.
 */
export function createIpcHandlers(deps: IpcDependencies): Record<IpcChannel, IpcHandler> {
  // Typed against CrmDesktopApi, so a handler cannot answer what the preload does not expect.
  const guarded =
    <K extends keyof CrmDesktopApi>(name: K, implementation: (args: readonly unknown[]) => ReturnType<CrmDesktopApi[K]>): IpcHandler =>
    async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame?.url, deps.devServerUrl)) {
        throw new Error(`${IPC_CHANNELS[name]}: refused a message from an untrusted frame.`);
      }
      return implementation(args);
    };

  return {
    [IPC_CHANNELS.getAppInfo]: guarded('getAppInfo', async (args) => {
      expectArgumentCount(IPC_CHANNELS.getAppInfo, args, 0);
      return { ...deps.appInfo };
    }),
    [IPC_CHANNELS.openExternal]: guarded('openExternal', async (args) => {
      expectArgumentCount(IPC_CHANNELS.openExternal, args, 1);
      return openExternalSafely(parseExternalUrlArgument(IPC_CHANNELS.openExternal, args[0]), deps.openExternal);
    }),
    [IPC_CHANNELS.loadSession]: guarded('loadSession', async (args) => {
      expectArgumentCount(IPC_CHANNELS.loadSession, args, 0);
      return deps.sessionStore.load();
    }),
    [IPC_CHANNELS.saveSession]: guarded('saveSession', async (args) => {
      expectArgumentCount(IPC_CHANNELS.saveSession, args, 1);
      await deps.sessionStore.save(parseSessionTokenArgument(IPC_CHANNELS.saveSession, args[0]));
    }),
    [IPC_CHANNELS.secretStorageStatus]: guarded('secretStorageStatus', async (args) => {
      expectArgumentCount(IPC_CHANNELS.secretStorageStatus, args, 0);
      return deps.sessionStore.status();
    }),
  };
}
