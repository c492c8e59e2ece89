import { create } from 'zustand';
import type { MergeRef } from './mergeInfluencers';

/** The merge's result line, with "Undo" while it can be taken back. */
export interface MergeOutcome {
  message: string;
  severity: 'success' | 'warning' | 'error';
  undo: (MergeRef & { actorId: string }) | null;
}

/** Merge UI state only, no I/O: which influencers the merge dialog shows, and the last result. */
interface MergeState {
  /** The influencers in the merge dialog; null: closed. */
  ids: readonly string[] | null;
  findOpen: boolean;
  busy: boolean;
  outcome: MergeOutcome | null;
  openMerge(ids: readonly string[] | null): void;
  setFindOpen(open: boolean): void;
  setBusy(busy: boolean): void;
  setOutcome(outcome: MergeOutcome | null): void;
}

export const useMergeStore = create<MergeState>()((set) => ({
  ids: null,
  findOpen: false,
  busy: false,
  outcome: null,
  openMerge: (ids) => set({ ids }),
  setFindOpen: (findOpen) => set({ findOpen }),
  setBusy: (busy) => set({ busy }),
  setOutcome: (outcome) => set({ outcome }),
}));
