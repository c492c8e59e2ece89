import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_API_KEY, startFixtureProfileService, type FixtureProfileService } from '../../tests/server/fixtureProfileService';
import type { Influencer } from '../../shared/influencer';
import { buildNewInfluencer } from '../../shared/influencers/buildNewInfluencer';
import { displayName } from '../../shared/names/displayName';
import { applyRecordingResult } from '../../shared/recording/applyRecordingResult';
import { claimRecording } from '../../shared/recording/claimRecording';
import { isLocked } from '../../shared/recording/isLocked';
import { recordingActivities } from '../../shared/recording/recordingActivities';
import { recordingStatusText } from '../../shared/recording/recordingReasons';
import { refusedClientChanges } from '../../shared/recording/refusedClientChanges';
import { requestRecording } from '../../shared/recording/requestRecording';
import { activitySchema } from '../../shared/schemas/activitySchema';
import { influencerSchema } from '../../shared/schemas/influencerSchema';
import { validateDocument } from '../../shared/schemas/validateDocument';
import { lookupProfile, providerMap } from './lookupProfile';
import { createYouTubeProvider } from './youtubeProvider';

let fixture: FixtureProfileService;
beforeAll(async () => {
  fixture = await startFixtureProfileService();
});
afterAll(() => fixture.close());

let clock = 1_700_000_000_000;
let ids = 0;
const newId = () => `id-${++ids}`;

/** What the server will do for a requested recording: claim, look up, apply, log. */
async function serverRecords(inf: Influencer): Promise<{ after: Influencer; logged: number }> {
  const claim = claimRecording(inf, ++clock);
  if (!claim.ok) throw new Error(claim.reason);
  const claimed = { ...inf, recording: claim.recording };
  expect(isLocked(claimed)).toBe(true);
  const providers = providerMap([createYouTubeProvider({ apiKey: FIXTURE_API_KEY, baseUrl: fixture.youtubeBaseUrl })]);
  const result = await lookupProfile(providers, claimed.link);
  const outcome = applyRecordingResult(claimed, result, { now: ++clock, requestedAt: claim.recording.requestedAt });
  if (!outcome.ok) throw new Error(outcome.reason);
  const entries = recordingActivities(claimed, outcome.fields, { actorId: claim.recording.requestedBy, at: clock, batchId: newId(), newId });
  for (const entry of entries) expect(validateDocument(activitySchema, entry)).toEqual({ ok: true });
  const after = { ...claimed, ...outcome.fields };
  expect(validateDocument(influencerSchema, after)).toEqual({ ok: true });
  return { after, logged: entries.length };
}

function appRequests(inf: Influencer): Influencer {
  const request = requestRecording(inf, { actorId: 'member-2', now: ++clock });
  if (!request.ok) throw new Error(request.reason);
  const next = { ...inf, recording: request.recording };
  expect(refusedClientChanges(inf, next)).toEqual([]); // the server accepts the app's request
  return next;
}

describe('recording a self-created influencer, end to end against the fixture YouTube service', () => {
  const built = buildNewInfluencer({ type: 'custom', name: 'Ana Cozinha', link: 'youtube.com/@AnaCooks', email: 'ana@agency.com' }, { actorId: 'member-1', now: clock, influencerId: 'inf-ana', activityId: 'act-1' });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const selfCreated = built.influencer;

  it('fails while YouTube is down, keeping it self-created with the reason, then records on retry', async () => {
    fixture.setMode('down');
    const failed = await serverRecords(appRequests(selfCreated));
    expect(failed.after).toMatchObject({ kind: 'custom', platform: null, recording: { state: 'failed', failureCode: 'provider_down' } });
    expect(recordingStatusText(failed.after)).toBe('Recording failed: YouTube could not be reached. Try recording again later.');
    expect(failed.logged).toBe(1);

    fixture.setMode('up');
    const recorded = await serverRecords(appRequests(failed.after));
    expect(recorded.after).toMatchObject({
      kind: 'platform', platform: 'youtube', platformId: 'UCanacooks0000000000000A', link: 'https://www.youtube.com/channel/UCanacooks0000000000000A',
      officialName: 'Ana Cooks', customName: 'Ana Cozinha', email: 'ana@agency.com', followers: 125_000, country: 'PT',
      recording: { state: 'recorded', failureCode: null },
    });
    expect(displayName(recorded.after)).toBe('Ana Cozinha');
    expect(isLocked(recorded.after)).toBe(false);
    expect(recorded.logged).toBeGreaterThan(5);
    // From now on its link and official name are fixed.
    expect(refusedClientChanges(recorded.after, { ...recorded.after, link: 'https://www.youtube.com/@other' }).map((r) => r.field)).toEqual(['link']);
  });

  it('fails as not found for a handle YouTube does not know', async () => {
    const unknown = { ...selfCreated, link: 'https://www.youtube.com/@no_such_channel' };
    const { after } = await serverRecords(appRequests(unknown));
    expect(after).toMatchObject({ kind: 'custom', recording: { state: 'failed', failureCode: 'not_found', failureReason: expect.stringMatching(/@no_such_channel/) } });
  });
});
