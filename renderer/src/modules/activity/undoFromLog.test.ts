import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activity';
import type { Influencer } from '../../../../shared/influencer';
import { contextFor } from '../../../../shared/permissions/permissionTestFixtures';
import { openCrmDatabase, type CrmDatabase } from '../../db/database';
import { bulkChangeInfluencers } from '../influencers/commands/bulkChangeInfluencers';
import type { ChangeContext } from '../influencers/commands/changeInfluencerField';
import { BULK_CHUNK, type BulkResult } from '../influencers/commands/runBulkWrites';
import { readBatch, summarizeBatch } from './readBatch';
import { undoFromLog } from './undoFromLog';
import { customInfluencer } from '../influencers/testing/customInfluencer';

let db: CrmDatabase;
beforeAll(async () => {
  db = await openCrmDatabase('undo-log-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities'] });
});
afterAll(() => db.remove());

const influencer = customInfluencer;
let ids = 0;
let clock = 10_000;
// The clock moves on every reading, as it does while a large operation runs chunk after chunk.
const as = (actorId: string): ChangeContext => ({ db, actorId, permissions: contextFor(actorId), now: () => (clock += 7), newId: () => `id-${String(++ids).padStart(8, '0')}` });
const doc = async (id: string) => (await db.influencers.findOne(id).exec())!.toJSON() as Influencer;
const entry = (change: Partial<Activity>): Activity => ({
  id: 'e', influencerId: 'i', actorId: 'gMem', at: 1, kind: 'field_changed', field: 'status', from: '"a"', to: '"b"', batchId: 'b', ...change,
});

describe('readBatch and summarizeBatch', () => {
  it('finds every entry of an operation larger than one write step by its id and start time', async () => {
    const n = BULK_CHUNK + 200;
    const all = Array.from({ length: n }, (_, i) => `r-${i}`);
    await db.influencers.bulkInsert(all.map((id) => influencer(id)));
    const outcome = await bulkChangeInfluencers(as('gMem'), all, { kind: 'archive', archived: true });
    if (outcome.status !== 'done') throw new Error(outcome.reason);
    // Another entry in the same millisecond, outside the operation, is not part of it.
    await db.activities.insert(entry({ id: 'same-ms', at: outcome.result.startedAt, batchId: null }));
    const entries = await readBatch(db.activities, { batchId: outcome.result.batchId, at: outcome.result.startedAt });
    expect(entries).toHaveLength(n);
    expect(summarizeBatch(entries)).toEqual({ influencers: n, entries: n, actorId: 'gMem', undoGuard: 'archive', undoable: true, merge: false });
  });

  it('names the guard undo runs under; labels need none; says when nothing in it can be undone', () => {
    expect(summarizeBatch([entry({ id: '1', field: 'status' }), entry({ id: '2', field: 'liaisonId' })]).undoGuard).toBe('status');
    expect(summarizeBatch([entry({ id: '1', field: 'liaisonId', influencerId: 'a' }), entry({ id: '2', field: 'liaisonId', influencerId: 'b' })])).toMatchObject({ undoGuard: 'liaison', influencers: 2 });
    expect(summarizeBatch([entry({ field: 'labelIds', kind: 'labels_changed' })])).toMatchObject({ undoGuard: null, undoable: true });
    expect(summarizeBatch([entry({ field: 'email' })])).toMatchObject({ undoGuard: null, undoable: false });
    expect(summarizeBatch([])).toEqual({ influencers: 0, entries: 0, actorId: null, undoGuard: null, undoable: false, merge: false });
  });
});

describe('undoFromLog', () => {
  let operation: BulkResult;
  beforeAll(async () => {
    await db.influencers.bulkInsert(['u-1', 'u-2', 'u-3', 'u-4'].map((id) => influencer(id)));
    const outcome = await bulkChangeInfluencers(as('gMem'), ['u-1', 'u-2', 'u-3', 'u-4'], { kind: 'archive', archived: true });
    if (outcome.status !== 'done') throw new Error(outcome.reason);
    operation = outcome.result;
    // Since then: u-3 was restored by hand, and u-4 handed to gMem2 (only its liaison may restore it now).
    await db.influencers.upsert({ ...(await doc('u-3')), archived: false });
    await db.influencers.upsert({ ...(await doc('u-4')), liaisonId: 'gMem2' });
  });

  it('refuses another member, changing nothing', async () => {
    const outcome = await undoFromLog(as('gMem2'), { batchId: operation.batchId, at: operation.startedAt });
    expect(outcome).toEqual({ status: 'refused', message: 'Only the member who made this change can undo it.' });
    expect((await doc('u-1')).archived).toBe(true);
  });

  it('says when the operation is not on this device', async () => {
    expect(await undoFromLog(as('gMem'), { batchId: 'unknown', at: operation.startedAt })).toMatchObject({ status: 'refused' });
  });

  it('restores what still holds the operation’s values, as an operation of its own, and says what it could not', async () => {
    const outcome = await undoFromLog(as('gMem'), { batchId: operation.batchId, at: operation.startedAt });
    if (outcome.status !== 'done') throw new Error(outcome.message);
    expect(outcome.result).toMatchObject({ changed: 2, unchanged: 1, refused: 1 });
    expect(outcome.message).toBe('Undone: changed back 2 influencers. 1 not changed back: Only the liaison can restore this influencer. 1 left as it is: changed again since.');
    expect((await doc('u-1')).archived).toBe(false);
    expect((await doc('u-2')).archived).toBe(false);
    expect((await doc('u-4')).archived).toBe(true);
    const logged = await readBatch(db.activities, { batchId: outcome.result.batchId, at: outcome.result.startedAt });
    expect(outcome.result.batchId).not.toBe(operation.batchId);
    expect(logged.map((e) => [e.influencerId, e.kind, e.actorId]).sort()).toEqual([
      ['u-1', 'restored', 'gMem'],
      ['u-2', 'restored', 'gMem'],
    ]);
  });
});
