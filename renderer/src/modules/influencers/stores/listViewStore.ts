import { create } from 'zustand';
import type { BuiltInViewId } from './builtInViews';

/** Which view of the list is open. UI state only; views are not saved yet. */
interface ListViewState {
  viewId: BuiltInViewId;
  setViewId(viewId: BuiltInViewId): void;
}

export const useListViewStore = create<ListViewState>()((set) => ({
  viewId: 'all',
  setViewId: (viewId) => set({ viewId }),
}));
