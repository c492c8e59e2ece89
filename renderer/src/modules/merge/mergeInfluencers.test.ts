import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import type { Influencer } from '../../../../shared/influencer';
import { contextFor } from '../../../../shared/permissions/permissionTestFixtures';
import type { CrmRecord } from '../../../../shared/records/crmRecord';
import { note, shipment } from '../../../../shared/records/recordFixtures';
import { openCrmDatabase, type CrmDatabase } from '../../db/database';
import { mergeInfluencers, undoMerge, type MergeCommandContext } from './mergeInfluencers';
import { mergedInfluencerIds } from './observeMergedIds';
import { undoFromLog } from '../activity/undoFromLog';
import { customInfluencer } from '../influencers/testing/customInfluencer';

let db: CrmDatabase;
beforeAll(async () => {
  db = await openCrmDatabase('merge-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities', 'records'] });
});
afterAll(() => db.remove());

const influencer = customInfluencer;
let n = 0;
const as = (actorId: string, now: number): MergeCommandContext => ({ db, actorId, permissions: contextFor(actorId), now: () => now, newId: () => `id-${String(++n).padStart(6, '0')}` });
const doc = async (id: string) => (await db.influencers.findOne(id).exec())?.toJSON() as Influencer;
const record = async (id: string) => (await db.records.findOne(id).exec())?.toJSON() as CrmRecord;

describe('mergeInfluencers', () => {
  it('merges into the survivor, moves records, points the archived one at it; undo takes it all back', async () => {
    await db.influencers.bulkInsert([
      influencer('s', { officialName: 'Ana Lima', labelIds: ['l-vip'], email: 'ana@a.example' }),
      influencer('o', { officialName: 'Ana L.', labelIds: ['l-tech'], email: 'ana@b.example', link: 'https://analima.example', followers: 900 }),
    ]);
    await db.records.bulkInsert([{ ...shipment, influencerId: 'o' }, { ...note, influencerId: 'o' }]);
    await db.activities.insert({ id: 'old-entry', influencerId: 'o', actorId: 'gMem', at: 2, kind: 'created', field: null, from: null, to: null, batchId: null });

    const outcome = await mergeInfluencers(as('gMem', 1_000), 's', ['o'], { email: 'ana@b.example' });
    if (outcome.status !== 'merged') throw new Error(outcome.reason);
    expect(outcome.recordsMoved).toBe(2);
    expect(await doc('s')).toMatchObject({ email: 'ana@b.example', labelIds: ['l-vip', 'l-tech'], followers: 900, channels: [{ type: 'website', url: 'https://analima.example' }] });
    expect(await doc('o')).toMatchObject({ archived: true, mergedInto: 's' });
    expect((await record('r-ship')).influencerId).toBe('s');
    // The survivor's log reaches the merged one's entries through the pointer.
    expect(await mergedInfluencerIds(db, 's')).toEqual(['o']);
    const batch = (await db.activities.find({ selector: { batchId: outcome.merge.batchId } }).exec()).map((d) => d.toJSON() as Activity);
    expect(batch.map((e) => e.kind).sort()).toEqual(['archived', 'field_changed', 'field_changed', 'field_changed', 'field_changed', 'merged', 'merged_into', 'record_moved', 'record_moved']);
    expect((await db.activities.findOne('old-entry').exec())?.influencerId).toBe('o');

    // Another member may not undo what only the liaison may restore.
    const refused = await undoMerge(as('gMem2', 2_000), outcome.merge);
    expect(refused).toMatchObject({ status: 'refused', reason: expect.stringContaining('cannot be restored by you') });
    expect(await doc('s')).toMatchObject({ email: 'ana@b.example' });

    const undone = await undoMerge(as('gMem', 3_000), outcome.merge);
    expect(undone).toEqual({ status: 'undone', restored: 1, kept: [] });
    expect(await doc('o')).toMatchObject({ archived: false, mergedInto: null });
    expect(await doc('s')).toMatchObject({ email: 'ana@a.example', labelIds: ['l-vip'], followers: null, channels: [] });
    expect((await record('r-note')).influencerId).toBe('o');
    expect(await mergedInfluencerIds(db, 's')).toEqual([]);
  });

  it('"Undo" on a merge found in the activity log takes the whole merge back, not just the archiving', async () => {
    await db.influencers.bulkInsert([influencer('s3', { labelIds: ['l-a'] }), influencer('o3', { labelIds: ['l-b'] })]);
    const outcome = await mergeInfluencers(as('gMem', 10_000), 's3', ['o3'], {});
    if (outcome.status !== 'merged') throw new Error(outcome.reason);
    const undone = await undoFromLog(as('gMem', 11_000), { batchId: outcome.merge.batchId, at: outcome.merge.startedAt });
    expect(undone).toMatchObject({ status: 'done', message: 'Merge undone: 1 influencer restored.' });
    expect(await doc('o3')).toMatchObject({ archived: false, mergedInto: null });
    expect(await doc('s3')).toMatchObject({ labelIds: ['l-a'] });
  });

  it('refuses without writing when the actor may not archive the other', async () => {
    await db.influencers.bulkInsert([influencer('s2'), influencer('o2', { liaisonId: 'gMem2' })]);
    const outcome = await mergeInfluencers(as('gMem', 1_000), 's2', ['o2'], {});
    expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringContaining('cannot be archived by you') });
    expect(await doc('o2')).toMatchObject({ archived: false });
    expect(await db.activities.find({ selector: { influencerId: { $in: ['s2', 'o2'] } } }).exec()).toEqual([]);
  });
});
