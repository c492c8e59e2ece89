import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { contextFor } from '../../../../../shared/permissions/permissionTestFixtures';
import { refusedClientChanges } from '../../../../../shared/recording/refusedClientChanges';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { describeActivity } from '../../activity/describeActivity';
import { changeContactEmail } from '../../details/commands/changeContactEmail';
import { changeInfluencerLink } from '../../details/commands/changeInfluencerLink';
import { changeInfluencerNames } from '../../details/commands/changeInfluencerNames';
import { changeInfluencerStatus } from '../../influencers/commands/changeInfluencerStatus';
import { planBulkWrites } from '../../influencers/commands/planBulkWrites';
import { setInfluencerArchived } from '../../influencers/commands/setInfluencerArchived';
import { cancelInfluencerRecording, requestInfluencerRecording } from './recordingCommands';

let db: CrmDatabase;
let ids = 0;
let clock = 1_000;
const base: Influencer = {
  id: '', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Cozinha', customName: null, link: 'https://www.youtube.com/@anacooks', email: null,
  status: 'not_collaborated', labelIds: [], liaisonId: 'gMem', archived: false, source: 'manual', followers: null, country: null,
  createdAt: 1, updatedAt: 1, createdBy: 'gMem', updatedBy: 'gMem',
};
const as = (actorId: string) => ({ db, actorId, permissions: contextFor(actorId), now: () => ++clock, newId: () => `act-${String(++ids).padStart(4, '0')}` });
const current = async (id: string) => (await db.influencers.findOne(id).exec())!.toJSON() as Influencer;
const log = async (id: string) => (await db.activities.find({ selector: { influencerId: id }, sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON() as Activity);

beforeAll(async () => {
  db = await openCrmDatabase('recording-commands-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['influencers', 'activities'] });
});
afterAll(() => db.remove());

describe('Record (request a recording)', () => {
  it('writes the request and one log entry, in a form the server accepts from the app', async () => {
    await db.influencers.insert({ ...base, id: 'ana' });
    const before = await current('ana');
    expect(await requestInfluencerRecording(as('gMem'), 'ana')).toEqual({ status: 'changed' });
    const after = await current('ana');
    expect(after.recording).toEqual({ state: 'requested', requestedAt: clock, requestedBy: 'gMem', startedAt: null, finishedAt: null, failureCode: null, failureReason: null });
    expect(after).toMatchObject({ kind: 'custom', updatedBy: 'gMem' });
    expect(refusedClientChanges(before, after)).toEqual([]);
    const entries = await log('ana');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'field_changed', field: 'recording', actorId: 'gMem', from: 'null', batchId: null });
    expect(describeActivity(entries[0]!)).toBe('asked for the influencer to be recorded');
    // Asking twice changes nothing.
    expect(await requestInfluencerRecording(as('gMem'), 'ana')).toEqual({ status: 'refused', reason: 'Recording… it was requested already.' });
    expect(await log('ana')).toHaveLength(1);
  });

  it('needs the permission to change the link, a profile link, and a self-created influencer', async () => {
    await db.influencers.insert({ ...base, id: 'guarded' });
    const refused = await requestInfluencerRecording(as('gMem2'), 'guarded');
    expect(refused.status).toBe('refused');
    await db.influencers.insert({ ...base, id: 'nolink', link: '' });
    expect(await requestInfluencerRecording(as('gMem'), 'nolink')).toMatchObject({ status: 'refused', reason: expect.stringMatching(/^Add the influencer's YouTube, Instagram or TikTok profile link first/) });
    await db.influencers.insert({ ...base, id: 'site', link: 'https://ana.example/about' });
    expect(await requestInfluencerRecording(as('gMem'), 'site')).toMatchObject({ status: 'refused', reason: expect.stringMatching(/^Recording needs a YouTube, Instagram or TikTok profile link\./) });
    await db.influencers.insert({ ...base, id: 'plat', kind: 'platform', platform: 'youtube', platformId: '@anacooks' });
    expect(await requestInfluencerRecording(as('gMem'), 'plat')).toMatchObject({ status: 'refused', reason: expect.stringMatching(/platform influencer already/) });
    for (const id of ['guarded', 'nolink', 'site', 'plat']) {
      expect((await current(id)).recording ?? null).toBeNull();
      expect(await log(id)).toEqual([]);
    }
    expect(await requestInfluencerRecording(as('gMem'), 'missing')).toEqual({ status: 'not_found' });
  });
});

describe('while recording, the influencer is locked', () => {
  it('refuses every edit command with the lock reason, until the request is cancelled', async () => {
    await db.influencers.insert({ ...base, id: 'locked' });
    await requestInfluencerRecording(as('gMem'), 'locked');
    const lock = { status: 'refused', reason: 'Recording… This influencer can be changed again when the recording is done.' };
    expect(await changeInfluencerNames(as('gMem'), 'locked', { custom: 'Ana', official: 'Ana Cozinha' })).toEqual(lock);
    expect(await changeInfluencerLink(as('gMem'), 'locked', 'https://www.youtube.com/@other')).toEqual(lock);
    expect(await changeInfluencerStatus(as('gMem'), 'locked', 'contacted')).toEqual(lock);
    expect(await changeContactEmail(as('gMem'), 'locked', 'ana@agency.com')).toEqual(lock);
    expect(await setInfluencerArchived(as('gMem'), 'locked', true)).toEqual(lock);
    const plan = planBulkWrites(contextFor('gMem'), [await current('locked')], 'status', () => ({ status: 'contacted' }));
    expect(plan).toEqual({ writes: [], unchanged: 0, refused: [{ id: 'locked', reason: lock.reason }] });
    expect((await log('locked')).map((a) => a.field)).toEqual(['recording']);

    expect(await cancelInfluencerRecording(as('gMem'), 'locked')).toEqual({ status: 'changed' });
    expect((await current('locked')).recording).toBeNull();
    expect(describeActivity((await log('locked'))[1]!)).toBe('cancelled the recording');
    expect(await changeInfluencerStatus(as('gMem'), 'locked', 'contacted')).toEqual({ status: 'changed' });
  });

  it('a running recording cannot be cancelled; a failed one can be dismissed or asked for again', async () => {
    const running = { state: 'recording' as const, requestedAt: 5, requestedBy: 'gMem', startedAt: 6, finishedAt: null, failureCode: null, failureReason: null };
    await db.influencers.insert({ ...base, id: 'running', recording: running });
    expect(await cancelInfluencerRecording(as('gMem'), 'running')).toEqual({ status: 'refused', reason: 'Recording… it has started and can no longer be cancelled.' });

    const failed = { ...running, state: 'failed' as const, finishedAt: 7, failureCode: 'not_found' as const, failureReason: 'No YouTube channel has the handle @anacooks.' };
    await db.influencers.insert({ ...base, id: 'failed', recording: failed });
    expect(await changeInfluencerStatus(as('gMem'), 'failed', 'contacted')).toEqual({ status: 'changed' }); // a failure does not lock
    expect(await requestInfluencerRecording(as('gMem'), 'failed')).toEqual({ status: 'changed' });
    expect((await current('failed')).recording).toMatchObject({ state: 'requested', failureCode: null, failureReason: null });
    expect(describeActivity((await log('failed')).at(-1)!)).toBe('asked again for the influencer to be recorded');
  });
});

describe('the log of a recording in words', () => {
  const entry = (field: string, from: unknown, to: unknown): Activity => ({
    id: 'a', influencerId: 'i', actorId: 'gMem', at: 1, kind: 'field_changed', field, from: JSON.stringify(from), to: JSON.stringify(to), batchId: 'b',
  });
  const recording = { state: 'recording', requestedAt: 1, requestedBy: 'gMem', startedAt: 2, finishedAt: null, failureCode: null, failureReason: null };

  it('says what the server did', () => {
    expect(describeActivity(entry('recording', { ...recording, state: 'requested' }, recording))).toBe('started recording: the server is looking the profile up');
    expect(describeActivity(entry('recording', recording, { ...recording, state: 'recorded' }))).toBe('recorded the influencer: it is now a platform influencer');
    expect(describeActivity(entry('recording', recording, { ...recording, state: 'failed', failureCode: 'provider_down', failureReason: 'YouTube could not be reached. Try recording again later.' })))
      .toBe('recording failed: YouTube could not be reached. Try recording again later.');
    expect(describeActivity(entry('recording', { ...recording, state: 'failed' }, null))).toBe('dismissed the failed recording');
    expect(describeActivity(entry('kind', 'custom', 'platform'))).toBe('changed the type from self-created to platform influencer');
    expect(describeActivity(entry('platform', null, 'youtube'))).toBe('set the platform to YouTube');
    expect(describeActivity(entry('platformId', null, 'UCanacooks0000000000000A'))).toBe('changed channel ID from nothing to UCanacooks0000000000000A');
    expect(describeActivity(entry('profile', null, { handle: '@anacooks' }))).toBe('took the profile data from the platform');
  });
});
