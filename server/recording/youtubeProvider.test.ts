import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_API_KEY, startFixtureProfileService, type FixtureProfileService } from '../../tests/server/fixtureProfileService';
import type { ProfileLookupResult } from '../../shared/recording/profileLookup';
import { lookupProfile, providerMap } from './lookupProfile';
import { createYouTubeProvider } from './youtubeProvider';

let fixture: FixtureProfileService;
beforeAll(async () => {
  fixture = await startFixtureProfileService();
});
afterAll(() => fixture.close());
beforeEach(() => {
  fixture.setMode('up');
  fixture.requests.length = 0;
});

const provider = (options: { apiKey?: string | null; timeoutMs?: number } = {}) =>
  createYouTubeProvider({ apiKey: options.apiKey === undefined ? FIXTURE_API_KEY : options.apiKey, baseUrl: fixture.youtubeBaseUrl, timeoutMs: options.timeoutMs });
const lookup = (link: string, options: { apiKey?: string | null; timeoutMs?: number } = {}): Promise<ProfileLookupResult> =>
  lookupProfile(providerMap([provider(options)]), link);
const found = (result: ProfileLookupResult) => {
  if (result.status !== 'found') throw new Error(`${result.status}: ${result.reason} (${result.detail ?? ''})`);
  return result.profile;
};

describe('YouTube provider against the fixture service', () => {
  it('finds a channel by id and maps its snippet and statistics', async () => {
    const profile = found(await lookup('https://www.youtube.com/channel/UCanacooks0000000000000A/videos'));
    expect(profile).toEqual({
      platform: 'youtube',
      link: 'https://www.youtube.com/channel/UCanacooks0000000000000A',
      officialName: 'Ana Cooks',
      email: null,
      followers: 125_000,
      country: 'PT',
      profile: {
        avatarUrl: 'https://yt3.ggpht.com/fixture/ana=s800.jpg',
        description: 'Receitas simples, todos os dias.',
        handle: '@anacooks',
        postCount: 340,
        viewCount: 9_800_000,
        joinedAt: Date.parse('2014-05-14T10:00:00Z'),
      },
    });
    expect(fixture.requests).toEqual(['id=UCanacooks0000000000000A']);
  });

  it('finds a channel by handle, in any script and case', async () => {
    expect(found(await lookup('youtube.com/@AnaCooks')).officialName).toBe('Ana Cooks');
    const hajime = found(await lookup('https://www.youtube.com/@%E3%81%AF%E3%81%98%E3%82%81'));
    expect(hajime).toMatchObject({ officialName: 'はじめしゃちょー', followers: null, country: 'JP', profile: { description: '毎日動画' } });
    expect(fixture.requests).toEqual(['forHandle=@anacooks', 'forHandle=@はじめ']);
  });

  it('finds a channel by legacy username, and a custom URL as a handle, then as a username', async () => {
    expect(found(await lookup('https://www.youtube.com/user/OldSchoolTech')).officialName).toBe('Old School Tech');
    expect(found(await lookup('https://www.youtube.com/c/anacooks')).officialName).toBe('Ana Cooks');
    const old = found(await lookup('https://www.youtube.com/oldschooltech'));
    expect(old).toMatchObject({ officialName: 'Old School Tech', profile: { description: null, handle: '@oldschooltech_' }, country: null });
    expect(fixture.requests).toEqual(['forUsername=oldschooltech', 'forHandle=@anacooks', 'forHandle=@oldschooltech', 'forUsername=oldschooltech']);
  });

  it('answers not_found with the reason, for each kind of link', async () => {
    expect(await lookup('youtube.com/@nobody_here')).toMatchObject({ status: 'not_found', reason: 'No YouTube channel has the handle @nobody_here. Check the link and record again.' });
    expect(await lookup('youtube.com/channel/UCzzzzzzzzzzzzzzzzzzzzzz')).toMatchObject({ status: 'not_found', reason: expect.stringMatching(/has the id UCzzz/) });
    expect(await lookup('youtube.com/user/nobody')).toMatchObject({ status: 'not_found', reason: expect.stringMatching(/has the username nobody/) });
    expect(await lookup('youtube.com/c/nobody')).toMatchObject({ status: 'not_found', reason: expect.stringMatching(/youtube\.com\/c\/nobody/) });
  });

  it('is provider_down when YouTube fails, is over quota, answers nonsense or not at all', async () => {
    fixture.setMode('down');
    expect(await lookup('youtube.com/@anacooks')).toEqual({ status: 'provider_down', reason: 'YouTube could not be reached. Try recording again later.', detail: 'channels.list forHandle=@anacooks: HTTP 503 backendError' });
    fixture.setMode('quota');
    expect(await lookup('youtube.com/@anacooks')).toMatchObject({ status: 'provider_down', reason: expect.stringMatching(/used up today's YouTube lookups/), detail: expect.stringMatching(/HTTP 403 quotaExceeded/) });
    fixture.setMode('garbage');
    expect(await lookup('youtube.com/@anacooks')).toMatchObject({ status: 'provider_down', detail: expect.stringMatching(/not JSON/) });
    fixture.setMode('hang');
    expect(await lookup('youtube.com/@anacooks', { timeoutMs: 50 })).toMatchObject({ status: 'provider_down', detail: expect.stringMatching(/no answer within 50 ms/) });
  });

  it('is provider_down with a reason for the administrator when the key is missing or refused, never showing the key', async () => {
    expect(await lookup('youtube.com/@anacooks', { apiKey: null })).toMatchObject({ status: 'provider_down', reason: expect.stringMatching(/no YouTube API key \(YOUTUBE_API_KEY\)/) });
    expect(fixture.requests).toEqual([]); // nothing sent without a key
    const refused = await lookup('youtube.com/@anacooks', { apiKey: 'secret-wrong-key' });
    expect(refused).toMatchObject({ status: 'provider_down', reason: expect.stringMatching(/refused the server's API key/), detail: expect.stringMatching(/HTTP 400 keyInvalid/) });
    expect(JSON.stringify(refused)).not.toContain('secret-wrong-key');
  });

  it('is provider_down when the service cannot be reached at all', async () => {
    const closed = await startFixtureProfileService();
    const url = closed.youtubeBaseUrl;
    await closed.close();
    const result = await lookupProfile(providerMap([createYouTubeProvider({ apiKey: FIXTURE_API_KEY, baseUrl: url })]), 'youtube.com/@anacooks');
    expect(result).toMatchObject({ status: 'provider_down', reason: 'YouTube could not be reached. Try recording again later.', detail: expect.stringMatching(/request failed/) });
  });
});

describe('lookupProfile', () => {
  it('answers bad_link for a link that is no profile, without asking the provider', async () => {
    expect(await lookup('https://linktr.ee/ana')).toMatchObject({ status: 'bad_link', reason: expect.stringMatching(/not a YouTube, Instagram or TikTok profile.*linktr\.ee/) });
    expect(fixture.requests).toEqual([]);
  });

  it('answers provider_down for a platform without a provider', async () => {
    expect(await lookup('instagram.com/natgeo')).toMatchObject({ status: 'provider_down', reason: expect.stringMatching(/Instagram profiles cannot be looked up yet/) });
  });

  it('turns a provider that throws into provider_down', async () => {
    const throwing = { platform: 'youtube' as const, lookup: () => Promise.reject(new Error('boom')) };
    expect(await lookupProfile(providerMap([throwing]), 'youtube.com/@x_y_z')).toMatchObject({ status: 'provider_down', reason: expect.stringMatching(/^YouTube could not be reached/), detail: 'provider threw: boom' });
  });
});
