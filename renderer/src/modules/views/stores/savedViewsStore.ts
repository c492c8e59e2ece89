import { create } from 'zustand';
import type { SavedView } from '../../../../../shared/views/savedView';
import { getCrmRuntime } from '../../../app/crmRuntime';

/** Every saved view of the team as this app last read it (the views collection is small). */
interface SavedViewsState {
  views: readonly SavedView[];
  /** False until the local database answered once: until then a remembered view id is kept. */
  loaded: boolean;
}

export const useSavedViewsStore = create<SavedViewsState>()(() => ({ views: [], loaded: false }));

let watching = false;

/** Starts following the local views collection (once per page; the page holds one team). */
export function watchSavedViews(): void {
  if (watching) return;
  watching = true;
  void getCrmRuntime().then(
    ({ db }) => {
      db.views.find().$.subscribe((docs) => useSavedViewsStore.setState({ views: docs.map((d) => d.toJSON() as SavedView), loaded: true }));
    },
    (error: unknown) => {
      watching = false;
      console.error('Saved views could not be read.', error);
    },
  );
}
