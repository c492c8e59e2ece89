import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { changeInfluencerEmail } from './changeInfluencerEmail';
import { changeInfluencerStatus } from './changeInfluencerStatus';
import { renameInfluencer } from './renameInfluencer';

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
