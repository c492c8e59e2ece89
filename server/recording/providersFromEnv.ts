import type { PlatformProfileProvider } from './platformProfileProvider';
import { createYouTubeProvider, YOUTUBE_API_BASE_URL } from './youtubeProvider';

/**
 * The platform-profile providers the server's settings configure: YouTube, with its key from
 * `YOUTUBE_API_KEY` (without one, YouTube lookups fail with that reason rather than the server
 * refusing to start) and `YOUTUBE_API_BASE_URL` to point it elsewhere (a fixture, a proxy).
 * Instagram and TikTok have no provider yet.
 */
export function profileProvidersFromEnv(env: Readonly<Record<string, string | undefined>>, fetchImpl?: typeof fetch): PlatformProfileProvider[] {
  const apiKey = env.YOUTUBE_API_KEY?.trim() ?? '';
  const baseUrl = env.YOUTUBE_API_BASE_URL?.trim() ?? '';
  return [createYouTubeProvider({ apiKey: apiKey === '' ? null : apiKey, baseUrl: baseUrl === '' ? YOUTUBE_API_BASE_URL : baseUrl, fetch: fetchImpl })];
}
