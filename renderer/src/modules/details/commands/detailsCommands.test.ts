import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { contextFor } from '../../../../../shared/permissions/permissionTestFixtures';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { addInfluencerChannel, removeInfluencerChannel } from './changeInfluencerChannels';
import { changeContactEmail } from './changeContactEmail';
import { changeInfluencerLink } from './changeInfluencerLink';
import { changeInfluencerNames } from './changeInfluencerNames';

let db: CrmDatabase;
let ids = 0;
const base: Influencer = {
  id: '', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Lima', customName: null, link: '', email: null,
  status: 'not_collaborated', labelIds: [], liaisonId: 'gMem', archived: false, source: 'manual', followers: null, country: null,
  createdAt: 1, updatedAt: 1, createdBy: 'gMem', updatedBy: 'gMem',
};
const as = (actorId: string) => ({ db, actorId, permissions: contextFor(actorId), now: () => 1_000, newId: () => `act-${++ids}` });
const current = async (id: string) => (await db.influencers.findOne(id).exec())!.toJSON() as Influencer;
const log = async (id: string) =>
  (await db.activities.find({ selector: { influencerId: id }, sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON() as Activity).map((a) => [a.field, a.from, a.to]);

beforeAll(async () => {
  db = await openCrmDatabase('details-commands-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities'] });
});
afterAll(() => db.remove());

describe('contact email (shared/email precedence)', () => {
  it('shows a manual email instead of the platform one, and goes back to it', async () => {
    await db.influencers.insert({ ...base, id: 'mail', kind: 'platform', platform: 'youtube', platformId: '@ana', email: 'pr@ana.example', platformEmail: 'pr@ana.example', manualEmail: null });
    expect(await changeContactEmail(as('gMem2'), 'mail', 'me@Ana.Example')).toEqual({ status: 'changed' });
    expect(await current('mail')).toMatchObject({ email: 'me@ana.example', manualEmail: 'me@ana.example', platformEmail: 'pr@ana.example' });
    expect(await changeContactEmail(as('gMem2'), 'mail', { usePlatform: true })).toEqual({ status: 'changed' });
    expect(await current('mail')).toMatchObject({ email: 'pr@ana.example', manualEmail: null });
    expect(await changeContactEmail(as('gMem2'), 'mail', { usePlatform: true })).toEqual({ status: 'unchanged' });
    expect(await changeContactEmail(as('gMem2'), 'mail', 'nope')).toMatchObject({ status: 'invalid' });
    // One entry per change of the contact email: its source fields are bookkeeping.
    expect(await log('mail')).toEqual([
      ['email', '"pr@ana.example"', '"me@ana.example"'],
      ['email', '"me@ana.example"', '"pr@ana.example"'],
    ]);
  });
});

describe('names and link (guarded, shared rules)', () => {
  it("sets both names of a self-created influencer, refusing anyone but the liaison", async () => {
    await db.influencers.insert({ ...base, id: 'names', link: 'https://ana.example/about' });
    expect(await changeInfluencerNames(as('gMem2'), 'names', { custom: 'Ana', official: 'Ana L.' })).toMatchObject({ status: 'refused' });
    expect(await changeInfluencerNames(as('gMem'), 'names', { custom: ' Ana  ', official: '' })).toEqual({ status: 'changed' });
    // An empty official name is derived again from the link.
    expect(await current('names')).toMatchObject({ customName: 'Ana', officialName: 'ana.example' });
  });

  it("refuses a platform influencer's official name and link, and validates a self-created one's link", async () => {
    await db.influencers.insert({ ...base, id: 'plat', kind: 'platform', platform: 'tiktok', platformId: '@ana', link: 'https://www.tiktok.com/@ana' });
    expect(await changeInfluencerNames(as('gMem'), 'plat', { custom: '', official: 'X' })).toMatchObject({ status: 'invalid' });
    expect(await changeInfluencerLink(as('gMem'), 'plat', 'https://ana.example')).toMatchObject({ status: 'invalid' });
    expect(await changeInfluencerLink(as('gMem'), 'names', 'not a link')).toMatchObject({ status: 'invalid' });
    expect(await changeInfluencerLink(as('gMem2'), 'names', 'ana.example/links')).toMatchObject({ status: 'refused' });
    expect(await changeInfluencerLink(as('gMem'), 'names', 'ana.example/links')).toEqual({ status: 'changed' });
    expect((await current('names')).link).toBe('https://ana.example/links');
  });
});

describe('other channels (everyone may edit)', () => {
  it('adds normalised channels, refuses duplicates and the main link, removes them', async () => {
    await db.influencers.insert({ ...base, id: 'chan', link: 'https://ana.example' });
    expect(await addInfluencerChannel(as('gMem2'), 'chan', '@jack', 'x')).toEqual({ status: 'changed' });
    expect(await addInfluencerChannel(as('gMem2'), 'chan', 'https://twitter.com/Jack')).toMatchObject({ status: 'invalid' });
    expect(await addInfluencerChannel(as('gMem2'), 'chan', 'ana.example')).toMatchObject({ status: 'invalid' });
    expect((await current('chan')).channels).toEqual([{ type: 'x', url: 'https://x.com/jack' }]);
    expect(await removeInfluencerChannel(as('gMem2'), 'chan', 'https://x.com/jack')).toEqual({ status: 'changed' });
    expect((await current('chan')).channels).toEqual([]);
    expect((await log('chan')).map(([field]) => field)).toEqual(['channels', 'channels']);
  });
});
