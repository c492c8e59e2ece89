import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/activity';
import type { Influencer, Recording } from '../../shared/influencer';
import { requestRecording } from '../../shared/recording/requestRecording';
import { startFixtureProfileService, type FixtureProfileService } from '../../tests/server/fixtureProfileService';
import {
  addMember,
  create,
  createTeam,
  ENGINES,
  influencerDoc,
  pullAll,
  push,
  TestClock,
  useDatabases,
  useTestServer,
  type SignedIn,
  type SyncDoc,
} from '../../tests/server/testServer';
import type { FastifyInstance } from 'fastify';
import type { Storage } from '../storage/storage';
import { createYouTubeProvider } from './youtubeProvider';
import { createRecordingWorker, type RecordingWorker } from './recordingWorker';

const databases = useDatabases();
let fixture: FixtureProfileService;
beforeAll(async () => {
  fixture = await startFixtureProfileService();
});
afterAll(() => fixture.close());

const youtube = () => [createYouTubeProvider({ apiKey: fixture.apiKey, baseUrl: fixture.youtubeBaseUrl, timeoutMs: 5_000 })];

async function influencer(app: FastifyInstance, token: string, id: string): Promise<Influencer> {
  const { documents } = await pullAll(app, token, 'influencers');
  const doc = documents.find((d) => d.id === id);
  if (doc === undefined) throw new Error(`no influencer ${id}`);
  return doc as unknown as Influencer;
}

async function activitiesOf(app: FastifyInstance, token: string, id: string): Promise<Activity[]> {
  const { documents } = await pullAll(app, token, 'activities');
  return (documents as unknown as Activity[]).filter((a) => a.influencerId === id);
}

/** A member adds a self-created influencer and asks for it to be recorded, as the app pushes it. */
async function requestFor(app: FastifyInstance, member: SignedIn, id: string, link: string): Promise<void> {
  await create(app, member.token, 'influencers', [influencerDoc(id, { officialName: 'Ana Cozinha', link, liaisonId: member.member.id })]);
  const stored = (await influencer(app, member.token, id)) as unknown as SyncDoc;
  const request = requestRecording({ kind: 'custom', link: 'youtube.com/@placeholder', recording: null }, { actorId: member.member.id, now: 1_700_000_000_000 });
  if (!request.ok) throw new Error(request.reason);
  const res = await push(app, member.token, 'influencers', [{ assumedMasterState: stored, newDocumentState: { ...stored, recording: request.recording } }]);
  expect(res.body).toBe('[]');
}

/** Polls the server (as an app would pull) until the recording has an outcome. */
async function settled(app: FastifyInstance, token: string, id: string): Promise<Influencer> {
  for (;;) {
    const inf = await influencer(app, token, id);
    const state = inf.recording?.state;
    if (state === 'recorded' || state === 'failed') return inf;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function queued(storage: Storage): Promise<number> {
  const rows = await storage.db.selectFrom('recording_jobs').select('influencer_id').execute();
  return rows.length;
}

describe.each(ENGINES)('the recording worker on %s', (engine) => {
  describe('started with the server', () => {
    const server = useTestServer(databases, engine, () => ({ recording: { providers: youtube(), sweepMs: 60_000 } }));

    it('records a requested self-created influencer: platform fields, one logged batch, replicated to the team', async () => {
      fixture.setMode('up');
      const admin = await createTeam(server.app);
      const member = await addMember(server.app, admin);
      await requestFor(server.app, member, 'inf-ana', 'https://www.youtube.com/@AnaCooks');

      const after = await settled(server.app, admin.token, 'inf-ana');
      expect(after).toMatchObject({
        kind: 'platform', platform: 'youtube', platformId: 'UCanacooks0000000000000A', officialName: 'Ana Cooks', customName: 'Ana Cozinha',
        followers: 125_000, country: 'PT', updatedBy: member.member.id,
        profile: { handle: '@anacooks', postCount: 340 },
        recording: { state: 'recorded', requestedBy: member.member.id, failureCode: null },
      });
      const log = await activitiesOf(server.app, admin.token, 'inf-ana');
      const recordingEntries = log.filter((a) => a.field === 'recording');
      // request (by the app's push), claim and result: requested → recording → recorded
      expect(recordingEntries.map((a) => JSON.parse(a.to ?? 'null')?.state)).toEqual(['recording', 'recorded']);
      const batch = recordingEntries[0]?.batchId;
      expect(batch).not.toBeNull();
      const result = log.filter((a) => a.batchId === batch);
      expect(result.map((a) => a.field).sort()).toEqual(['country', 'customName', 'followers', 'kind', 'link', 'officialName', 'platform', 'platformId', 'profile', 'recording', 'recording'].sort());
      expect(result.every((a) => a.actorId === member.member.id && a.kind === 'field_changed')).toBe(true);
      expect(await queued(server.storage)).toBe(0);
    });

    it('fails as not found for a handle the platform does not know; it stays self-created with the reason logged', async () => {
      fixture.setMode('up');
      const admin = await createTeam(server.app);
      await requestFor(server.app, admin, 'inf-nobody', 'https://www.youtube.com/@no_such_channel');
      const after = await settled(server.app, admin.token, 'inf-nobody');
      expect(after).toMatchObject({ kind: 'custom', platform: null, platformId: null, officialName: 'Ana Cozinha', recording: { state: 'failed', failureCode: 'not_found' } });
      expect(after.recording?.failureReason).toBe('No YouTube channel has the handle @no_such_channel. Check the link and record again.');
      const failed = (await activitiesOf(server.app, admin.token, 'inf-nobody')).find((a) => a.field === 'recording' && JSON.parse(a.to ?? 'null')?.state === 'failed');
      expect((JSON.parse(failed?.to ?? 'null') as Recording).failureReason).toBe(after.recording?.failureReason);
    });

    it('fails as a bad link when the pushed link is no profile (the app refuses it first; an old client may not)', async () => {
      const admin = await createTeam(server.app);
      await requestFor(server.app, admin, 'inf-site', 'https://example.com/ana');
      const after = await settled(server.app, admin.token, 'inf-site');
      expect(after).toMatchObject({ kind: 'custom', recording: { state: 'failed', failureCode: 'bad_link' } });
      expect(after.recording?.failureReason).toMatch(/^The link is not a YouTube, Instagram or TikTok profile\./);
    });

    it('fails once with "could not be reached" while the provider is down — no retry loop — and records on a new request', async () => {
      fixture.setMode('down');
      const admin = await createTeam(server.app);
      const before = fixture.requests.length;
      await requestFor(server.app, admin, 'inf-down', 'https://www.youtube.com/@AnaCooks');
      const failed = await settled(server.app, admin.token, 'inf-down');
      expect(failed).toMatchObject({ kind: 'custom', recording: { state: 'failed', failureCode: 'provider_down', failureReason: 'YouTube could not be reached. Try recording again later.' } });
      expect(fixture.requests.length - before).toBe(1);
      expect(await queued(server.storage)).toBe(0);

      // The person retries once YouTube is back.
      fixture.setMode('up');
      const retry = requestRecording(failed, { actorId: admin.member.id, now: 1_700_000_100_000 });
      if (!retry.ok) throw new Error(retry.reason);
      const res = await push(server.app, admin.token, 'influencers', [{ assumedMasterState: { ...failed, _deleted: false }, newDocumentState: { ...failed, _deleted: false, recording: retry.recording } }]);
      expect(res.body).toBe('[]');
      await expect.poll(async () => (await influencer(server.app, admin.token, 'inf-down')).kind).toBe('platform');
    });

    it('an Instagram link fails with the reason that no Instagram provider is configured', async () => {
      const admin = await createTeam(server.app);
      await requestFor(server.app, admin, 'inf-insta', 'https://www.instagram.com/anacooks/');
      const after = await settled(server.app, admin.token, 'inf-insta');
      expect(after.recording).toMatchObject({ state: 'failed', failureCode: 'provider_down', failureReason: 'Instagram profiles cannot be looked up yet: the server has no Instagram provider configured.' });
    });
  });

  describe('several instances on one database', () => {
    const server = useTestServer(databases, engine); // no worker: requests wait in the queue

    let workers: RecordingWorker[] = [];
    const worker = (storage: Storage, clock?: TestClock, closeGraceMs?: number): RecordingWorker => {
      const w = createRecordingWorker({ storage, providers: youtube(), now: clock?.now, sweepMs: 60_000, closeGraceMs });
      workers.push(w);
      return w;
    };
    const closeWorkers = async () => {
      for (const w of workers.splice(0)) await w.close();
      workers = [];
    };

    it('a request pushed while no worker ran is taken by exactly one of two racing workers', async () => {
      fixture.setMode('up');
      const admin = await createTeam(server.app);
      await requestFor(server.app, admin, 'inf-race', 'https://www.youtube.com/@AnaCooks');
      expect(await queued(server.storage)).toBe(1);
      // PostgreSQL: two server instances. SQLite serves one instance (its change feed is in
      // process, and a second connection in this process would block the event loop while it
      // waits for the file lock): two workers race on the one storage.
      const other = engine === 'postgres' ? (await server.extra()).storage : server.storage;
      const before = fixture.requests.length;
      try {
        const ran = await Promise.all([worker(server.storage).runDue(), worker(other).runDue()]);
        expect(ran.sort()).toEqual([0, 1]);
      } finally {
        await closeWorkers();
      }
      expect(fixture.requests.length - before).toBe(1);
      const log = await activitiesOf(server.app, admin.token, 'inf-race');
      expect(log.filter((a) => a.field === 'recording').map((a) => JSON.parse(a.to ?? 'null')?.state)).toEqual(['recording', 'recorded']);
      expect((await influencer(server.app, admin.token, 'inf-race')).kind).toBe('platform');
    });

    it('a claim left by a stopped server is run again once stale, by another instance', async () => {
      const admin = await createTeam(server.app);
      await requestFor(server.app, admin, 'inf-crash', 'https://www.youtube.com/@AnaCooks');
      const clock = new TestClock(Date.now());
      const other = await server.extra();
      try {
        // The first server claims it, then stops while the platform has not answered.
        fixture.setMode('hang');
        const first = worker(server.storage, clock, 50);
        first.kick();
        await expect.poll(async () => (await influencer(server.app, admin.token, 'inf-crash')).recording?.state).toBe('recording');
        await first.close();
        fixture.setMode('up');

        const second = worker(other.storage, clock);
        expect(await second.runDue()).toBe(0); // the claim is fresh: someone may still be on it
        clock.advance(10 * 60_000);
        expect(await second.runDue()).toBe(1);
      } finally {
        fixture.setMode('up');
        await closeWorkers();
      }
      expect(await influencer(server.app, admin.token, 'inf-crash')).toMatchObject({ kind: 'platform', recording: { state: 'recorded' } });
      expect(await queued(server.storage)).toBe(0);
    });

    it('a recording that is claimed and dropped again and again fails after three claims instead of looping', async () => {
      const admin = await createTeam(server.app);
      await requestFor(server.app, admin, 'inf-loop', 'https://www.youtube.com/@AnaCooks');
      const clock = new TestClock(Date.now());
      try {
        fixture.setMode('hang');
        for (let attempt = 1; attempt <= 3; attempt++) {
          const dying = worker(server.storage, clock, 10);
          dying.kick();
          await expect.poll(async () => (await server.storage.db.selectFrom('recording_jobs').select('attempts').executeTakeFirst())?.attempts).toBe(attempt);
          await closeWorkers();
          clock.advance(10 * 60_000);
        }
        fixture.setMode('up');
        expect(await worker(server.storage, clock).runDue()).toBe(0);
      } finally {
        fixture.setMode('up');
        await closeWorkers();
      }
      expect((await influencer(server.app, admin.token, 'inf-loop')).recording).toMatchObject({
        state: 'failed', failureCode: 'provider_down', failureReason: 'The recording did not finish after several tries. Try recording again later.',
      });
      expect(await queued(server.storage)).toBe(0);
    });

    it('a duplicate of an influencer already recorded fails with its name', async () => {
      fixture.setMode('up');
      const admin = await createTeam(server.app);
      await requestFor(server.app, admin, 'inf-first', 'https://www.youtube.com/@AnaCooks');
      await requestFor(server.app, admin, 'inf-second', 'https://www.youtube.com/channel/UCanacooks0000000000000A');
      try {
        expect(await worker(server.storage).runDue()).toBe(2);
      } finally {
        await closeWorkers();
      }
      expect((await influencer(server.app, admin.token, 'inf-first')).kind).toBe('platform');
      expect((await influencer(server.app, admin.token, 'inf-second')).recording).toMatchObject({ state: 'failed', failureCode: 'duplicate', failureReason: expect.stringContaining('"Ana Cozinha"') });
    });
  });
});
