import type { FoundProfile, ProfileLookupResult } from '../../shared/recording/profileLookup';
import type { PlatformProfileProvider, ProfileTarget } from './platformProfileProvider';

export const YOUTUBE_API_BASE_URL = 'https://www.googleapis.com/youtube/v3';

export interface YouTubeProviderOptions {
  /** The YouTube Data API key (YOUTUBE_API_KEY); null: every lookup is provider_down with that reason. */
  apiKey: string | null;
  /** Tests point this at the fixture service. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per request; a slower answer counts as YouTube being down. */
  timeoutMs?: number;
}

type Query = readonly [param: 'id' | 'forHandle' | 'forUsername', value: string];

const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const DOWN = 'YouTube could not be reached. Try recording again later.';
const QUOTA = "The server has used up today's YouTube lookups (the API quota). Try recording again tomorrow.";
const KEY_REFUSED = "YouTube refused the server's API key. An administrator needs to check YOUTUBE_API_KEY.";
const QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded', 'rateLimitExceeded', 'userRateLimitExceeded']);
const KEY_REASONS = new Set(['keyInvalid', 'keyExpired', 'accessNotConfigured', 'forbidden', 'ipRefererBlocked', 'badRequest']);

/**
 * A YouTube channel's profile through the YouTube Data API v3 (`channels.list` with
 * part=snippet,statistics, 1 quota unit a call): by channel id (`id=`), handle
 * (`forHandle=`), legacy username (`forUsername=`); an old custom URL (youtube.com/c/name) has
 * no API of its own, so it is tried as a handle, then as a username. The channel id becomes
 * the influencer's platform id. YouTube does not give channels' emails through the API.
 * The API key travels only in the request URL: reasons and log details never include it.
 */
export function createYouTubeProvider(options: YouTubeProviderOptions): PlatformProfileProvider {
  const baseUrl = (options.baseUrl ?? YOUTUBE_API_BASE_URL).replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  return {
    platform: 'youtube',
    async lookup(target: ProfileTarget, signal?: AbortSignal): Promise<ProfileLookupResult> {
      const apiKey = options.apiKey?.trim() ?? '';
      if (apiKey === '') return { status: 'provider_down', reason: 'YouTube profiles cannot be looked up: the server has no YouTube API key (YOUTUBE_API_KEY).', detail: 'YOUTUBE_API_KEY is not set' };
      for (const query of queriesFor(target.platformId)) {
        const answer = await channelsList(query, apiKey);
        if (answer !== 'none') return answer;
      }
      return { status: 'not_found', reason: notFoundReason(target.platformId), detail: `no channel for ${target.platformId}` };

      async function channelsList([param, value]: Query, key: string): Promise<ProfileLookupResult | 'none'> {
        const url = `${baseUrl}/channels?part=snippet%2Cstatistics&${param}=${encodeURIComponent(value)}&key=${encodeURIComponent(key)}`;
        const what = `channels.list ${param}=${value}`;
        let response: Response;
        try {
          const timeout = AbortSignal.timeout(timeoutMs);
          response = await fetchImpl(url, { signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]), headers: { accept: 'application/json' } });
        } catch (e) {
          const timedOut = e instanceof Error && e.name === 'TimeoutError';
          return { status: 'provider_down', reason: DOWN, detail: `${what}: ${timedOut ? `no answer within ${timeoutMs} ms` : `request failed (${e instanceof Error ? e.name : 'error'})`}` };
        }
        let body: unknown;
        try {
          body = await response.json();
        } catch {
          return { status: 'provider_down', reason: DOWN, detail: `${what}: HTTP ${response.status} with a body that is not JSON` };
        }
        if (!response.ok) return errorResult(response.status, body, what);
        const items = field(body, 'items');
        if (items === undefined || (Array.isArray(items) && items.length === 0)) return 'none';
        const item: unknown = Array.isArray(items) ? items[0] : undefined;
        const profile = toProfile(item);
        return profile === null ? { status: 'provider_down', reason: DOWN, detail: `${what}: unexpected answer shape` } : { status: 'found', profile };
      }
    },
  };
}

function queriesFor(platformId: string): Query[] {
  if (CHANNEL_ID.test(platformId)) return [['id', platformId]];
  if (platformId.startsWith('@')) return [['forHandle', platformId]];
  if (platformId.startsWith('user/')) return [['forUsername', platformId.slice('user/'.length)]];
  if (platformId.startsWith('c/')) {
    const name = platformId.slice('c/'.length);
    return [['forHandle', `@${name}`], ['forUsername', name]];
  }
  return [['forHandle', `@${platformId}`]];
}

function notFoundReason(platformId: string): string {
  if (CHANNEL_ID.test(platformId)) return `No YouTube channel has the id ${platformId}. Check the link and record again.`;
  if (platformId.startsWith('@')) return `No YouTube channel has the handle ${platformId}. Check the link and record again.`;
  if (platformId.startsWith('user/')) return `No YouTube channel has the username ${platformId.slice(5)}. Check the link and record again.`;
  return `No YouTube channel was found at youtube.com/${platformId}. Check the link and record again.`;
}

function errorResult(status: number, body: unknown, what: string): ProfileLookupResult {
  const error = field(body, 'error');
  const errors = field(error, 'errors');
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const reasonCode = typeof field(first, 'reason') === 'string' ? (field(first, 'reason') as string) : '';
  const detail = `${what}: HTTP ${status}${reasonCode === '' ? '' : ` ${reasonCode}`}`;
  if (status === 404) return { status: 'not_found', reason: 'No YouTube channel was found at this link. Check the link and record again.', detail };
  if (QUOTA_REASONS.has(reasonCode)) return { status: 'provider_down', reason: QUOTA, detail };
  if (KEY_REASONS.has(reasonCode) || status === 401) return { status: 'provider_down', reason: KEY_REFUSED, detail };
  return { status: 'provider_down', reason: DOWN, detail };
}

/** A channel resource → the profile; null when it lacks what every channel has. */
function toProfile(item: unknown): FoundProfile | null {
  const id = field(item, 'id');
  const snippet = field(item, 'snippet');
  const title = field(snippet, 'title');
  if (typeof id !== 'string' || !CHANNEL_ID.test(id) || typeof title !== 'string') return null;
  const statistics = field(item, 'statistics');
  const thumbnails = field(snippet, 'thumbnails');
  const avatar = ['high', 'medium', 'default'].map((size) => field(field(thumbnails, size), 'url')).find((url): url is string => typeof url === 'string');
  const customUrl = field(snippet, 'customUrl');
  const country = field(snippet, 'country');
  const publishedAt = field(snippet, 'publishedAt');
  const joinedAt = typeof publishedAt === 'string' ? Date.parse(publishedAt) : Number.NaN;
  const description = field(snippet, 'description');
  return {
    platform: 'youtube',
    link: `https://www.youtube.com/channel/${id}`,
    officialName: title,
    email: null,
    followers: field(statistics, 'hiddenSubscriberCount') === true ? null : count(field(statistics, 'subscriberCount')),
    country: typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
    profile: {
      avatarUrl: avatar ?? null,
      description: typeof description === 'string' && description !== '' ? description : null,
      handle: typeof customUrl === 'string' && customUrl !== '' ? customUrl : null,
      postCount: count(field(statistics, 'videoCount')),
      viewCount: count(field(statistics, 'viewCount')),
      joinedAt: Number.isFinite(joinedAt) && joinedAt >= 0 ? joinedAt : null,
    },
  };
}

/** The API sends counts as decimal strings ("1234"). */
function count(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}
