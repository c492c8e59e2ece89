import { create } from 'zustand';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus';

/** The sync indicator's state; written by the sync controller, read by the app bar. No I/O here. */
interface SyncStatusState {
  status: SyncStatus;
  update(change: Partial<SyncStatus>): void;
  replace(status: SyncStatus): void;
}

export const useSyncStatusStore = create<SyncStatusState>()((set) => ({
  status: INITIAL_SYNC_STATUS,
  update: (change) => set((state) => ({ status: { ...state.status, ...change } })),
  replace: (status) => set({ status }),
}));
