import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import { openCrmDatabase, type CrmDatabase } from '../../db/database';
import { useRejectedChangesStore } from './rejectedChangesStore';
import { watchRejectedChanges, type RejectionMemory } from './watchRejectedChanges';

const entry = (id: string, change: Partial<Activity> = {}): Activity => ({
  id, influencerId: 'i1', actorId: 'me', at: 1, kind: 'change_rejected', field: 'status', from: '"contacted"', to: '"negotiating"', batchId: null, ...change,
});

function memory(initial: Activity[] = []): RejectionMemory & { saved: Activity[] } {
  const m = {
    saved: initial,
    load: () => m.saved,
    save: (entries: readonly Activity[]) => {
      m.saved = [...entries];
    },
  };
  return m;
}

let db: CrmDatabase;
let stop: (() => void) | null = null;
beforeEach(async () => {
  useRejectedChangesStore.getState().replace([]);
  db = await openCrmDatabase(`rejections-${crypto.randomUUID()}`, { storage: getRxStorageMemory(), multiInstance: false, devMode: false });
});
afterEach(async () => {
  stop?.();
  stop = null;
  await db.remove();
});

describe('watchRejectedChanges', () => {
  it('collects my refused changes as they arrive, and nothing else', async () => {
    const kept = memory();
    stop = watchRejectedChanges(db, 'me', kept);
    await db.activities.bulkInsert([
      entry('r1', { at: 5 }),
      entry('other-member', { actorId: 'someone-else' }),
      entry('plain-edit', { kind: 'field_changed' }),
      entry('r0', { at: 2 }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useRejectedChangesStore.getState().entries.map((e) => e.id)).toEqual(['r0', 'r1']);
    expect(kept.saved.map((e) => e.id)).toEqual(['r0', 'r1']);
  });

  it('remembers unread refusals across a restart until acknowledged', async () => {
    const kept = memory([entry('earlier')]);
    stop = watchRejectedChanges(db, 'me', kept);
    expect(useRejectedChangesStore.getState().entries.map((e) => e.id)).toEqual(['earlier']);
    await db.activities.insert(entry('earlier')).catch(() => undefined); // arrives again by pull: still once
    await db.activities.insert(entry('later', { at: 9 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useRejectedChangesStore.getState().entries.map((e) => e.id)).toEqual(['earlier', 'later']);
    useRejectedChangesStore.getState().acknowledgeAll();
    expect(kept.saved).toEqual([]);
  });
});
