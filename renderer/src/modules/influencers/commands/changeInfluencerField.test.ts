import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { contextFor, settingsGranting } from '../../../../../shared/permissions/permissionTestFixtures';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { changeInfluencerEmail } from './changeInfluencerEmail';
import { changeInfluencerStatus } from './changeInfluencerStatus';
import { renameInfluencer } from './renameInfluencer';
import { setInfluencerArchived } from './setInfluencerArchived';

let db: CrmDatabase;
beforeAll(async () => {
  db = await openCrmDatabase('commands-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false });
  await db.influencers.insert({
    id: 'inf-1', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Lima', customName: null, link: '',
    email: 'ana@old.example', status: 'not_collaborated', labelIds: [], liaisonId: 'm-a', archived: false, source: 'manual',
    followers: null, country: null, createdAt: 1, updatedAt: 1, createdBy: 'm-a', updatedBy: 'm-a',
  });
});
afterAll(() => db.remove());

let ids = 0;
const ctx = () => ({ db, actorId: 'm-b', now: () => 1_000, newId: () => `act-${++ids}` });
const current = async () => (await db.influencers.findOne('inf-1').exec())!.toJSON() as Influencer;
const log = async () => (await db.activities.find({ sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON() as Activity);

describe('single-field commands', () => {
  it('write the field, stamp the document and log from/to JSON-encoded in the same step', async () => {
    expect(await changeInfluencerEmail(ctx(), 'inf-1', ' Ana@New.Example ')).toEqual({ status: 'changed' });
    expect(await current()).toMatchObject({ email: 'Ana@new.example', updatedAt: 1_000, updatedBy: 'm-b' });
    expect(await changeInfluencerStatus(ctx(), 'inf-1', 'contacted')).toEqual({ status: 'changed' });
    expect(await renameInfluencer(ctx(), 'inf-1', '  Ana  L. ')).toEqual({ status: 'changed' });
    expect((await log()).map(({ kind, field, from, to, actorId, batchId }) => ({ kind, field, from, to, actorId, batchId }))).toEqual([
      { kind: 'field_changed', field: 'email', from: '"ana@old.example"', to: '"Ana@new.example"', actorId: 'm-b', batchId: null },
      { kind: 'field_changed', field: 'status', from: '"not_collaborated"', to: '"contacted"', actorId: 'm-b', batchId: null },
      { kind: 'field_changed', field: 'customName', from: 'null', to: '"Ana L."', actorId: 'm-b', batchId: null },
    ]);
  });

  it('change nothing for the same value, and refuse invalid values with the reason', async () => {
    const before = await log();
    expect(await changeInfluencerStatus(ctx(), 'inf-1', 'contacted')).toEqual({ status: 'unchanged' });
    expect(await changeInfluencerEmail(ctx(), 'inf-1', 'not an email')).toMatchObject({ status: 'invalid', reason: expect.any(String) });
    expect(await changeInfluencerStatus(ctx(), 'inf-1', 'made_up')).toMatchObject({ status: 'invalid' });
    expect(await changeInfluencerEmail(ctx(), 'nobody', 'a@b.example')).toEqual({ status: 'not_found' });
    expect(await log()).toEqual(before);
  });

  it('clear the email and the custom name with an empty input', async () => {
    await changeInfluencerEmail(ctx(), 'inf-1', '  ');
    await renameInfluencer(ctx(), 'inf-1', '');
    expect(await current()).toMatchObject({ email: null, customName: null });
  });
});

describe('permissions (the shared data-management rule)', () => {
  const insert = (id: string, fields: Partial<Influencer>) =>
    db.influencers.insert({
      id, kind: 'custom', platform: null, platformId: null, officialName: 'Bo Chen', customName: null, link: '', email: null,
      status: 'not_collaborated', labelIds: [], liaisonId: 'gMem', archived: false, source: 'manual', followers: null, country: null,
      createdAt: 1, updatedAt: 1, createdBy: 'gMem', updatedBy: 'gMem', ...fields,
    });

  it("refuses a guarded field that is not the actor's to change, with the reason, writing nothing", async () => {
    await insert('guarded-1', {});
    const before = await log();
    const asOther = { db, actorId: 'gMem2', permissions: contextFor('gMem2'), newId: () => `act-${++ids}` };
    const result = await changeInfluencerStatus(asOther, 'guarded-1', 'contacted');
    expect(result).toEqual({ status: 'refused', reason: 'Only the liaison can change the collaboration status of this influencer.' });
    expect(await renameInfluencer(asOther, 'guarded-1', 'Bo')).toMatchObject({ status: 'refused' });
    // The contact email is everyone's to change.
    expect(await changeInfluencerEmail(asOther, 'guarded-1', 'bo@x.example')).toEqual({ status: 'changed' });
    expect((await db.influencers.findOne('guarded-1').exec())!.status).toBe('not_collaborated');
    expect((await log()).length).toBe(before.length + 1);
  });

  it('lets a granted role change it', async () => {
    await insert('guarded-2', {});
    const asMember = { db, actorId: 'gMem2', permissions: contextFor('gMem2', settingsGranting('status', { allMembers: true })) };
    expect(await changeInfluencerStatus(asMember, 'guarded-2', 'contacted')).toEqual({ status: 'changed' });
  });

  it('makes the actor the liaison of an unassigned influencer when its collaboration starts, logging both fields', async () => {
    await insert('unassigned', { liaisonId: null });
    expect(await changeInfluencerStatus({ db, actorId: 'hMem', permissions: contextFor('hMem'), newId: () => `act-${++ids}` }, 'unassigned', 'prospects')).toEqual({ status: 'changed' });
    expect(await db.influencers.findOne('unassigned').exec()).toMatchObject({ status: 'prospects', liaisonId: 'hMem' });
    expect((await log()).filter((e) => e.influencerId === 'unassigned').map((e) => [e.field, e.to]).sort()).toEqual([['liaisonId', '"hMem"'], ['status', '"prospects"']]);
  });

  it('archives and restores as their own entry kinds, guarded like the other fields', async () => {
    await insert('archivable', {});
    const asLiaison = { db, actorId: 'gMem', permissions: contextFor('gMem'), newId: () => `act-${++ids}` };
    expect(await setInfluencerArchived({ ...asLiaison, actorId: 'gMem2', permissions: contextFor('gMem2') }, 'archivable', true)).toEqual({
      status: 'refused',
      reason: 'Only the liaison can archive this influencer.',
    });
    expect(await setInfluencerArchived(asLiaison, 'archivable', true)).toEqual({ status: 'changed' });
    expect(await setInfluencerArchived(asLiaison, 'archivable', false)).toEqual({ status: 'changed' });
    const entries = (await db.activities.find({ selector: { influencerId: 'archivable' } }).exec()).map((d) => d.kind).sort();
    expect(entries).toEqual(['archived', 'restored']);
  });
});

