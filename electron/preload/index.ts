import { contextBridge, ipcRenderer } from 'electron';
import type { CrmDesktopApi, DesktopAppInfo, SecretStorageStatus } from '../../shared/desktopApi';
import { IPC_CHANNELS } from '../ipcChannels';

// A few named functions, never ipcRenderer itself: the renderer can ask for exactly these
// and nothing else. The main process validates every argument again — this file runs in
// the page's process and is not a security boundary.
const api = {
  getAppInfo: (): Promise<DesktopAppInfo> => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke(IPC_CHANNELS.openExternal, url),
  loadSession: (): Promise<string | null> => ipcRenderer.invoke(IPC_CHANNELS.loadSession),
  saveSession: (token: string | null): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.saveSession, token),
  secretStorageStatus: (): Promise<SecretStorageStatus> => ipcRenderer.invoke(IPC_CHANNELS.secretStorageStatus),
} satisfies CrmDesktopApi;

contextBridge.exposeInMainWorld('crmDesktop', api);
