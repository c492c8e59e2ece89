import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_API_KEY, startFixtureProfileService, type FixtureProfileService } from '../../tests/server/fixtureProfileService';
import { lookupProfile, providerMap } from './lookupProfile';
import { profileProvidersFromEnv } from './providersFromEnv';

let fixture: FixtureProfileService;
beforeAll(async () => {
  fixture = await startFixtureProfileService();
});
afterAll(() => fixture.close());

describe('profileProvidersFromEnv', () => {
  it('configures YouTube from YOUTUBE_API_KEY and YOUTUBE_API_BASE_URL', async () => {
    const providers = providerMap(profileProvidersFromEnv({ YOUTUBE_API_KEY: ` ${FIXTURE_API_KEY} `, YOUTUBE_API_BASE_URL: fixture.youtubeBaseUrl }));
    expect([...providers.keys()]).toEqual(['youtube']);
    expect(await lookupProfile(providers, 'youtube.com/@anacooks')).toMatchObject({ status: 'found', profile: { officialName: 'Ana Cooks' } });
  });

  it('still starts without a key: lookups then say what is missing', async () => {
    const providers = providerMap(profileProvidersFromEnv({ YOUTUBE_API_KEY: '', YOUTUBE_API_BASE_URL: fixture.youtubeBaseUrl }));
    expect(await lookupProfile(providers, 'youtube.com/@anacooks')).toMatchObject({ status: 'provider_down', reason: expect.stringMatching(/YOUTUBE_API_KEY/) });
  });

  it('defaults to the real YouTube Data API', async () => {
    const urls: string[] = [];
    const fakeFetch: typeof fetch = (input) => {
      urls.push(String(input));
      return Promise.resolve(new Response(JSON.stringify({ pageInfo: { totalResults: 0 } }), { status: 200 }));
    };
    await lookupProfile(providerMap(profileProvidersFromEnv({ YOUTUBE_API_KEY: 'k' }, fakeFetch)), 'youtube.com/@anacooks');
    expect(urls).toEqual(['https://www.googleapis.com/youtube/v3/channels?part=snippet%2Cstatistics&forHandle=%40anacooks&key=k']);
  });
});
