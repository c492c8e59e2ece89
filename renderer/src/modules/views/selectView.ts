import { isBuiltInViewId } from '../influencers/stores/builtInViews';
import { useListStore } from '../influencers/stores/listStore';
import { useListViewStore } from '../influencers/stores/listViewStore';
import { useSavedViewsStore } from './stores/savedViewsStore';
import { useViewDraftsStore } from './stores/viewDraftsStore';
import { builtInContent, contentOfView, currentContent, showContent, type ListContent } from './viewContent';

/** What a view saved (built-in views: nothing but the device's columns). */
export function savedContentOf(viewId: string): ListContent | null {
  if (isBuiltInViewId(viewId)) return builtInContent(useListStore.getState().hiddenColumns);
  const saved = useSavedViewsStore.getState().views.find((v) => v.id === viewId);
  return saved === undefined ? null : contentOfView(saved);
}

/**
 * Opens a view: the one left keeps its unsaved changes as a draft (`dirty`), and the one
 * opened shows its own draft if it has one, else what it saved.
 */
export function selectView(nextId: string, dirty: boolean): void {
  const { viewId } = useListViewStore.getState();
  if (nextId === viewId) return;
  const drafts = useViewDraftsStore.getState();
  drafts.setDraft(viewId, dirty ? currentContent() : null);
  const next = drafts.drafts[nextId] ?? savedContentOf(nextId) ?? builtInContent(useListStore.getState().hiddenColumns);
  useListViewStore.getState().setViewId(nextId);
  showContent(next);
}

/** Back to what the open view saved. */
export function discardChanges(): void {
  const { viewId } = useListViewStore.getState();
  useViewDraftsStore.getState().setDraft(viewId, null);
  const saved = savedContentOf(viewId);
  if (saved !== null) showContent(saved);
}
