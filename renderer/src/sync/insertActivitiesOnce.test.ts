import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { expect, it } from 'vitest';
import type { Activity } from '../../../shared/activity';
import { openCrmDatabase } from '../db/database';
import { insertActivitiesOnce } from './insertActivitiesOnce';

it('stores an activity entry once, however often it is recorded', async () => {
  const db = await openCrmDatabase('insert-once-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false });
  try {
    const entry: Activity = {
      id: 'overwrite-1', influencerId: 'inf-1', actorId: 'm-b', at: 5, kind: 'conflict_overwritten',
      field: 'email', from: '"a@x.example"', to: '"b@x.example"', batchId: null,
    };
    await insertActivitiesOnce(db.activities, [entry]);
    await insertActivitiesOnce(db.activities, [{ ...entry, at: 6 }, { ...entry, id: 'overwrite-2' }]);
    const stored = (await db.activities.find({ sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON() as Activity);
    expect(stored.map((a) => [a.id, a.at])).toEqual([['overwrite-1', 5], ['overwrite-2', 5]]);
  } finally {
    await db.remove();
  }
});
