import type { Activity } from '../../../../shared/activity';
import type { CrmDatabase } from '../../db/database';
import { MAX_KEPT_REJECTIONS, useRejectedChangesStore } from './rejectedChangesStore';

/** Where the unread rejections are kept between starts (per team database and member). */
export interface RejectionMemory {
  load(): Activity[];
  save(entries: readonly Activity[]): void;
}

export function localStorageRejectionMemory(key: string): RejectionMemory {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? (parsed as Activity[]) : [];
      } catch {
        return []; // a damaged entry only loses the reminder; the log still has them
      }
    },
    save(entries) {
      try {
        if (entries.length === 0) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(entries.slice(-MAX_KEPT_REJECTIONS)));
      } catch {
        // storage full or unavailable: the reminder lives for this session only
      }
    },
  };
}

/**
 * Tells the member which of their changes the server refused. The server records each refusal
 * as a `change_rejected` entry with the pusher as actor; it arrives with the next pull or the
 * live stream, possibly long after the edit was made offline. Watching the collection's
 * change stream (not a query) costs nothing at a million entries. Returns the stop function.
 */
export function watchRejectedChanges(db: Pick<CrmDatabase, 'activities'>, memberId: string, memory: RejectionMemory): () => void {
  const store = useRejectedChangesStore.getState();
  store.replace(memory.load());
  const subscription = db.activities.insert$.subscribe((event) => {
    const entry = event.documentData as Activity;
    if (entry.kind === 'change_rejected' && entry.actorId === memberId) useRejectedChangesStore.getState().add([entry]);
  });
  const unsubscribe = useRejectedChangesStore.subscribe((state, previous) => {
    if (state.entries !== previous.entries) memory.save(state.entries);
  });
  return () => {
    subscription.unsubscribe();
    unsubscribe();
  };
}
