import { create } from 'zustand';

/**
 * Which view of the list is open: a built-in view id ("all", "mine", "archived") or a saved
 * view's id. UI state only; modules/views remembers it per member and device.
 */
interface ListViewState {
  viewId: string;
  setViewId(viewId: string): void;
}

export const useListViewStore = create<ListViewState>()((set) => ({
  viewId: 'all',
  setViewId: (viewId) => set({ viewId }),
}));
