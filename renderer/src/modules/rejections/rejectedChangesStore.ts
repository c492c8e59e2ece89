import { create } from 'zustand';
import type { Activity } from '../../../../shared/activity';

/** Kept until the member has read them; older ones drop off first. */
export const MAX_KEPT_REJECTIONS = 200;

interface RejectedChangesState {
  /** The member's own `change_rejected` entries not yet acknowledged, oldest first. */
  entries: Activity[];
  add(entries: readonly Activity[]): void;
  acknowledgeAll(): void;
  replace(entries: readonly Activity[]): void;
}

/** UI state: which of my changes the server refused and I have not seen yet. No I/O here. */
export const useRejectedChangesStore = create<RejectedChangesState>()((set) => ({
  entries: [],
  add: (added) =>
    set((state) => {
      const known = new Set(state.entries.map((e) => e.id));
      const fresh = added.filter((e) => !known.has(e.id));
      if (fresh.length === 0) return state;
      return { entries: [...state.entries, ...fresh].sort((a, b) => a.at - b.at).slice(-MAX_KEPT_REJECTIONS) };
    }),
  acknowledgeAll: () => set({ entries: [] }),
  replace: (entries) => set({ entries: [...entries] }),
}));
