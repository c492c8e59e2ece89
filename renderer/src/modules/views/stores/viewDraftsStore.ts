import { create } from 'zustand';
import type { ListContent } from '../viewContent';

/**
 * Unsaved changes of the views left while they had some, so coming back to a view brings its
 * changes back. The open view's changes live in the list itself (listStore).
 */
interface ViewDraftsState {
  drafts: Record<string, ListContent>;
  setDraft(viewId: string, content: ListContent | null): void;
  replace(drafts: Record<string, ListContent>): void;
}

export const useViewDraftsStore = create<ViewDraftsState>()((set) => ({
  drafts: {},
  setDraft: (viewId, content) =>
    set(({ drafts }) => {
      const next = { ...drafts };
      if (content === null) delete next[viewId];
      else next[viewId] = content;
      return { drafts: next };
    }),
  replace: (drafts) => set({ drafts }),
}));
