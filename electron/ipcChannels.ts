import type { CrmDesktopApi } from '../shared/desktopApi';

/**
 * One IPC channel per bridge function, shared by the main process (which handles them) and
 * the preload (which invokes them), so the two cannot drift apart.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'crm:get-app-info',
  openExternal: 'crm:open-external',
  loadSession: 'crm:load-session',
  saveSession: 'crm:save-session',
  secretStorageStatus: 'crm:secret-storage-status',
} as const satisfies Record<keyof CrmDesktopApi, string>;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
