import { createIpcHandlers, type IpcDependencies, type IpcHandler } from './createIpcHandlers';

/** The subset of ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: IpcHandler): void;
}

/** Registers every bridge channel's handler on ipcMain. */
export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDependencies): void {
  for (const [channel, handler] of Object.entries(createIpcHandlers(deps))) {
    ipcMain.handle(channel, handler);
  }
}
