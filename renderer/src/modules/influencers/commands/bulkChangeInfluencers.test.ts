import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { contextFor } from '../../../../../shared/permissions/permissionTestFixtures';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { InfluencerProjection } from '../projection/InfluencerProjection';
import { DEFAULT_SORT } from '../projection/sortRows';
import { bulkChangeInfluencers, previewBulkChange } from './bulkChangeInfluencers';
import type { ChangeContext } from './changeInfluencerField';
import { BULK_CHUNK, type BulkResult } from './runBulkWrites';
import { undoBulkChange } from './undoBulkChange';
import { customInfluencer } from '../testing/customInfluencer';

let db: CrmDatabase;
beforeAll(async () => {
  db = await openCrmDatabase('bulk-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities'] });
});
afterAll(() => db.remove());

const influencer = customInfluencer;
let ids = 0;
const as = (actorId: string, now = 1_000): ChangeContext => ({ db, actorId, permissions: contextFor(actorId), now: () => now, newId: () => `id-${String(++ids).padStart(8, '0')}` });
const doc = async (id: string) => (await db.influencers.findOne(id).exec())!.toJSON() as Influencer;
const entriesOf = async (prefix: string) =>
  (await db.activities.find().exec()).map((d) => d.toJSON() as Activity).filter((e) => e.influencerId.startsWith(prefix));
const done = (outcome: Awaited<ReturnType<typeof bulkChangeInfluencers>>): BulkResult => {
  if (outcome.status !== 'done') throw new Error(outcome.reason);
  return outcome.result;
};

describe('bulkChangeInfluencers', () => {
  it('archives where the rules allow it, under one batchId, and writes nothing for the refused ones', async () => {
    // gMem's own two, gMem2's two (refused: only the liaison may archive), an unassigned one,
    // one whose liaison is no member of the team (demo data), and one already archived.
    await db.influencers.bulkInsert([
      influencer('a-own1'), influencer('a-own2'), influencer('a-other1', { liaisonId: 'gMem2' }), influencer('a-other2', { liaisonId: 'gMem2' }),
      influencer('a-free', { liaisonId: null }), influencer('a-demo', { liaisonId: 'made-up' }), influencer('a-old', { archived: true }),
    ]);
    const selection = ['a-own1', 'a-own2', 'a-other1', 'a-other2', 'a-free', 'a-demo', 'a-old', 'a-gone'];

    const preview = await previewBulkChange(as('gMem'), selection, { kind: 'archive', archived: true });
    expect(preview).toEqual({
      status: 'preview',
      counts: { changed: 4, unchanged: 1, refused: 2, notFound: 1, reasons: [{ reason: 'Only the liaison can archive this influencer.', count: 2 }] },
    });
    expect(await entriesOf('a-')).toEqual([]);

    const result = done(await bulkChangeInfluencers(as('gMem'), selection, { kind: 'archive', archived: true }));
    expect(result).toMatchObject({ changed: 4, unchanged: 1, refused: 2, notFound: 1, reasons: [{ reason: 'Only the liaison can archive this influencer.', count: 2 }] });
    const entries = await entriesOf('a-');
    expect(entries.map((e) => e.influencerId).sort()).toEqual(['a-demo', 'a-free', 'a-own1', 'a-own2']);
    expect(new Set(entries.map((e) => e.batchId))).toEqual(new Set([result.batchId]));
    expect(result.batchId).not.toBeNull();
    expect(entries.every((e) => e.kind === 'archived' && e.from === 'false' && e.to === 'true' && e.actorId === 'gMem')).toBe(true);
    expect(await doc('a-own1')).toMatchObject({ archived: true, updatedAt: 1_000, updatedBy: 'gMem' });
    expect(await doc('a-other1')).toMatchObject({ archived: false, updatedAt: 1, updatedBy: 'gMem' });

    // Archived influencers leave the default view and show in "Archived influencers".
    const projection = new InfluencerProjection();
    projection.applyDocuments((await db.influencers.find().exec()).map((d) => d.toMutableJSON(true)));
    const active = projection.query({ search: '', sort: DEFAULT_SORT, archived: false }).map((r) => r.id).filter((id) => id.startsWith('a-'));
    const archived = projection.query({ search: '', sort: DEFAULT_SORT, archived: true }).map((r) => r.id).filter((id) => id.startsWith('a-'));
    expect(active.sort()).toEqual(['a-other1', 'a-other2']);
    expect(archived.sort()).toEqual(['a-demo', 'a-free', 'a-old', 'a-own1', 'a-own2']);
  });

  it('keeps one batchId across chunks and reports progress per chunk', async () => {
    const count = BULK_CHUNK * 2 + 17;
    await db.influencers.bulkInsert(Array.from({ length: count }, (_, i) => influencer(`c-${i}`, { liaisonId: null })));
    const progress: number[] = [];
    const result = done(await bulkChangeInfluencers(as('hMem'), Array.from({ length: count }, (_, i) => `c-${i}`), { kind: 'status', statusId: 'contacted' }, {
      onProgress: (p) => progress.push(p.done),
    }));
    expect(progress).toEqual([BULK_CHUNK, BULK_CHUNK * 2, count]);
    expect(result.changed).toBe(count);
    const entries = await entriesOf('c-');
    // Starting a collaboration makes the actor the liaison of an unassigned influencer: two entries each.
    expect(entries.length).toBe(count * 2);
    expect(new Set(entries.map((e) => e.batchId))).toEqual(new Set([result.batchId]));
    expect(await doc('c-5')).toMatchObject({ status: 'contacted', liaisonId: 'hMem' });

    // Undo puts both fields back, read from the log.
    const undo = await undoBulkChange(as('hMem', 5_000), result);
    expect(undo.changed).toBe(count);
    expect(await doc('c-5')).toMatchObject({ status: 'not_collaborated', liaisonId: null, updatedAt: 5_000 });
  });

  it('stops when a chunk\'s entries cannot be logged, before changing the next chunk', async () => {
    await db.influencers.bulkInsert(Array.from({ length: 6 }, (_, i) => influencer(`f-${i}`)));
    // An entry id already taken: the first chunk's log write fails.
    await db.activities.insert({ id: 'taken', influencerId: 'f-0', actorId: 'gMem', at: 1, kind: 'field_changed', field: 'status', from: null, to: null, batchId: null });
    let n = 0;
    const ctx: ChangeContext = { ...as('gMem'), newId: () => (++n === 2 ? 'taken' : `f-id-${n}`) };
    const ids = Array.from({ length: 6 }, (_, i) => `f-${i}`);
    await expect(bulkChangeInfluencers(ctx, ids, { kind: 'status', statusId: 'rejected' }, { chunkSize: 2 })).rejects.toThrow('could not be written');
    // The first chunk was written; no later chunk was changed without its entries.
    expect((await doc('f-0')).status).toBe('rejected');
    for (const id of ids.slice(2)) expect((await doc(id)).status).toBe('not_collaborated');
  });

  it('refuses a liaison who is not an active member, writing nothing', async () => {
    await db.influencers.insert(influencer('l-1', { liaisonId: null }));
    expect(await bulkChangeInfluencers(as('gMem'), ['l-1'], { kind: 'liaison', liaisonId: 'gone' })).toMatchObject({ status: 'invalid' });
    expect(await bulkChangeInfluencers(as('gMem'), ['l-1'], { kind: 'status', statusId: 'made_up' })).toMatchObject({ status: 'invalid' });
    expect(await entriesOf('l-')).toEqual([]);
    expect(done(await bulkChangeInfluencers(as('gMem'), ['l-1'], { kind: 'liaison', liaisonId: 'hMem' })).changed).toBe(1);
    expect((await doc('l-1')).liaisonId).toBe('hMem');
  });
});

describe('undoBulkChange', () => {
  it('restores previous values where they are still what the operation set, as a bulk operation of its own', async () => {
    await db.influencers.bulkInsert([influencer('u-1'), influencer('u-2', { status: 'contacted' }), influencer('u-3')]);
    const operation = done(await bulkChangeInfluencers(as('gMem', 2_000), ['u-1', 'u-2', 'u-3'], { kind: 'status', statusId: 'negotiating' }));
    expect(operation.changed).toBe(3);
    // Someone changes u-3 again after the operation: undo leaves that alone.
    await db.influencers.upsert({ ...(await doc('u-3')), status: 'shortlisted' });

    const undo = await undoBulkChange(as('gMem', 3_000), operation);
    expect(undo).toMatchObject({ changed: 2, unchanged: 1, refused: 0 });
    expect(undo.batchId).not.toBe(operation.batchId);
    expect((await doc('u-1')).status).toBe('not_collaborated');
    expect((await doc('u-2')).status).toBe('contacted');
    expect((await doc('u-3')).status).toBe('shortlisted');
    const undone = (await entriesOf('u-')).filter((e) => e.batchId === undo.batchId);
    expect(undone.map((e) => [e.influencerId, e.from, e.to]).sort()).toEqual([
      ['u-1', '"negotiating"', '"not_collaborated"'],
      ['u-2', '"negotiating"', '"contacted"'],
    ]);
  });

  it('brings archived influencers back', async () => {
    await db.influencers.bulkInsert([influencer('r-1'), influencer('r-2')]);
    const archived = done(await bulkChangeInfluencers(as('gMem'), ['r-1', 'r-2'], { kind: 'archive', archived: true }));
    const undo = await undoBulkChange(as('gMem'), archived);
    expect(undo.changed).toBe(2);
    expect([(await doc('r-1')).archived, (await doc('r-2')).archived]).toEqual([false, false]);
    expect((await entriesOf('r-')).filter((e) => e.batchId === undo.batchId).map((e) => e.kind)).toEqual(['restored', 'restored']);
  });
});
