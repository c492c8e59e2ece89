import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import type { Label } from '../../../../../shared/labels/label';
import { contextFor } from '../../../../../shared/permissions/permissionTestFixtures';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { bulkChangeInfluencers } from '../../influencers/commands/bulkChangeInfluencers';
import type { BulkResult } from '../../influencers/commands/runBulkWrites';
import { undoBulkChange } from '../../influencers/commands/undoBulkChange';
import { createLabel, deleteLabel, mergeLabels, recolorLabel, renameLabel } from './labelCommands';
import type { LabelContext } from './labelContext';
import { customInfluencer } from '../../influencers/testing/customInfluencer';

let db: CrmDatabase;
beforeAll(async () => {
  db = await openCrmDatabase('labels-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities', 'labels'] });
});
afterAll(() => db.remove());

const influencer = (id: string, labelIds: string[], liaisonId = 'gMem2'): Influencer => customInfluencer(id, { labelIds, liaisonId });
let ids = 0;
let clock = 1_000;
const as = (actorId: string): LabelContext => ({ db, actorId, permissions: contextFor(actorId), now: () => ++clock, newId: () => `id-${String(++ids).padStart(6, '0')}` });
const labelDoc = async (id: string) => (await db.labels.findOne(id).exec())?.toJSON() as Label;
const labelsOf = async (id: string) => ((await db.influencers.findOne(id).exec())!.toJSON() as Influencer).labelIds;
const entries = async (filter: (a: Activity) => boolean) => (await db.activities.find().exec()).map((d) => d.toJSON() as Activity).filter(filter);
async function created(ctx: LabelContext, name: string, color = '#1e88e5'): Promise<Label> {
  const result = await createLabel(ctx, { name, color });
  if (result.status !== 'done') throw new Error(JSON.stringify(result));
  return result.label;
}
function done(outcome: Awaited<ReturnType<typeof mergeLabels>>): BulkResult {
  if (outcome.status !== 'done') throw new Error(outcome.reason);
  return outcome.result;
}

describe('label commands', () => {
  it('creates, renames and recolors with their log entries; refuses a taken name and a bad color, saying why', async () => {
    const member = as('gMem');
    const tech = await created(member, '  Tech  ', '#ABC');
    expect(await labelDoc(tech.id)).toMatchObject({ name: 'Tech', color: '#aabbcc', isDeleted: false, mergedInto: null, createdBy: 'gMem' });
    expect(await createLabel(member, { name: 'TECH', color: '#1e88e5' })).toEqual({ status: 'invalid', reason: 'There is already a label named Tech.' });
    expect(await createLabel(member, { name: 'Other', color: 'teal' })).toEqual({ status: 'invalid', reason: 'A label color is written like #1e88e5.' });

    expect((await renameLabel(member, tech.id, 'Technology')).status).toBe('done');
    expect((await recolorLabel(member, tech.id, '#00897b')).status).toBe('done');
    expect(await recolorLabel(member, tech.id, '#00897B')).toEqual({ status: 'unchanged' });
    expect(await labelDoc(tech.id)).toMatchObject({ name: 'Technology', color: '#00897b', updatedBy: 'gMem' });
    const log = await entries((a) => a.influencerId === tech.id);
    expect(log.map((a) => [a.kind, a.field, a.from, a.to])).toEqual([
      ['label_created', null, null, JSON.stringify({ name: 'Tech', color: '#aabbcc' })],
      ['label_changed', 'name', '"Tech"', '"Technology"'],
      ['label_changed', 'color', '"#aabbcc"', '"#00897b"'],
    ]);
  });

  it('bulk add and remove label: one batch of labels_changed entries, counts, nothing refused even on others\' influencers', async () => {
    const member = as('gMem');
    const vip = await created(member, 'VIP');
    await db.influencers.bulkInsert([influencer('b-1', []), influencer('b-2', [vip.id]), influencer('b-3', ['x'])]);
    const added = await bulkChangeInfluencers(member, ['b-1', 'b-2', 'b-3', 'b-gone'], { kind: 'addLabel', labelId: vip.id });
    if (added.status !== 'done') throw new Error(added.reason);
    expect(added.result).toMatchObject({ changed: 2, unchanged: 1, refused: 0, notFound: 1, guard: null });
    expect(await labelsOf('b-3')).toEqual(['x', vip.id]);
    const batch = await entries((a) => a.batchId === added.result.batchId);
    expect(batch.map((a) => [a.influencerId, a.kind, a.field, a.from, a.to]).sort()).toEqual([
      ['b-1', 'labels_changed', 'labelIds', '[]', JSON.stringify([vip.id])],
      ['b-3', 'labels_changed', 'labelIds', '["x"]', JSON.stringify(['x', vip.id])],
    ]);
    const removed = await bulkChangeInfluencers(member, ['b-1', 'b-2', 'b-3'], { kind: 'removeLabel', labelId: vip.id });
    expect(removed.status === 'done' && removed.result.changed).toBe(3);
    expect(await labelsOf('b-2')).toEqual([]);
  });

  it('only an Administrator merges: influencers get the surviving label under one batchId, the merged one is marked, and Undo takes it all back', async () => {
    const admin = as('adm');
    const games = await created(admin, 'Games');
    const gaming = await created(admin, 'Gaming');
    await db.influencers.bulkInsert([influencer('m-1', [games.id]), influencer('m-2', [games.id, gaming.id]), influencer('m-3', [gaming.id])]);
    const selection = ['m-1', 'm-2', 'm-3'];

    expect(await mergeLabels(as('gMem'), games.id, gaming.id, selection)).toEqual({ status: 'invalid', reason: expect.stringMatching(/^Only Administrators/) as unknown });
    expect(await mergeLabels(admin, games.id, games.id, selection)).toEqual({ status: 'invalid', reason: 'Choose two different labels to merge.' });

    const result = done(await mergeLabels(admin, games.id, gaming.id, selection));
    expect(result).toMatchObject({ changed: 2, unchanged: 1, refused: 0 });
    expect([await labelsOf('m-1'), await labelsOf('m-2'), await labelsOf('m-3')]).toEqual([[gaming.id], [gaming.id], [gaming.id]]);
    expect(await labelDoc(games.id)).toMatchObject({ isDeleted: true, mergedInto: gaming.id });
    const batch = await entries((a) => a.batchId === result.batchId);
    expect(batch.map((a) => a.kind).sort()).toEqual(['label_changed', 'label_changed', 'labels_changed', 'labels_changed']);

    const undone = await undoBulkChange(admin, result);
    expect(undone.changed).toBe(2);
    expect([await labelsOf('m-1'), await labelsOf('m-2')]).toEqual([[games.id], [games.id, gaming.id]]);
    expect(await labelDoc(games.id)).toMatchObject({ isDeleted: false, mergedInto: null });
    expect((await entries((a) => a.batchId === undone.batchId && a.kind === 'label_changed')).map((a) => a.field).sort()).toEqual(['isDeleted', 'mergedInto']);
  });

  it('deleting removes the label from every influencer carrying it, as one bulk operation, and frees its name', async () => {
    const admin = as('adm');
    const spam = await created(admin, 'Spam');
    await db.influencers.bulkInsert([influencer('d-1', [spam.id, 'x']), influencer('d-2', [spam.id])]);
    expect(await deleteLabel(as('gLead'), spam.id, ['d-1', 'd-2'])).toMatchObject({ status: 'invalid' });
    const result = done(await deleteLabel(admin, spam.id, ['d-1', 'd-2']));
    expect(result.changed).toBe(2);
    expect([await labelsOf('d-1'), await labelsOf('d-2')]).toEqual([['x'], []]);
    expect(await labelDoc(spam.id)).toMatchObject({ isDeleted: true, mergedInto: null });
    expect(await deleteLabel(admin, spam.id, [])).toEqual({ status: 'invalid', reason: 'This label no longer exists.' });
    expect((await createLabel(admin, { name: 'spam', color: '#c62828' })).status).toBe('done');
  });
});
