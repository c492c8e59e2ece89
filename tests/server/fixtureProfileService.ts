import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the YouTube Data API v3 that the tests start on a free loopback port, so the
 * whole recording path runs without the internet. It answers `GET /youtube/v3/channels`
 * with part=snippet,statistics and one of id= / forHandle= / forUsername= in the API's own
 * shapes (channelListResponse, error bodies with their reason codes) for a few fixture
 * channels, checks the API key like YouTube does, and can be switched to fail:
 * - "down": 503 backendError, as during an outage;
 * - "quota": 403 quotaExceeded;
 * - "hang": accepts the request and never answers (for timeouts);
 * - "garbage": 200 with an HTML body.
 */
export interface FixtureChannel {
  id: string;
  title: string;
  description: string;
  /** The handle with its @, as the API's snippet.customUrl gives it. */
  customUrl: string;
  /** A legacy username (forUsername), if the channel has one. */
  username?: string;
  publishedAt: string;
  country?: string;
  avatarUrl: string;
  subscriberCount: number;
  hiddenSubscriberCount?: boolean;
  videoCount: number;
  viewCount: number;
}

export type FixtureMode = 'up' | 'down' | 'quota' | 'hang' | 'garbage';

export interface FixtureProfileService {
  /** The YouTube Data API base URL to configure the provider with. */
  youtubeBaseUrl: string;
  apiKey: string;
  setMode(mode: FixtureMode): void;
  /** Every request's lookup parameter, without the key, e.g. "forHandle=@anacooks". */
  readonly requests: string[];
  close(): Promise<void>;
}

export const FIXTURE_API_KEY = 'fixture-youtube-key';

export const FIXTURE_CHANNELS: readonly FixtureChannel[] = [
  {
    id: 'UCanacooks0000000000000A', title: 'Ana Cooks', description: 'Receitas simples, todos os dias.', customUrl: '@anacooks',
    publishedAt: '2014-05-14T10:00:00Z', country: 'PT', avatarUrl: 'https://yt3.ggpht.com/fixture/ana.jpg', subscriberCount: 125_000, videoCount: 340, viewCount: 9_800_000,
  },
  {
    id: 'UColdschooltech00000000B', title: 'Old School Tech', description: '', customUrl: '@oldschooltech_', username: 'OldSchoolTech',
    publishedAt: '2008-02-01T00:00:00Z', avatarUrl: 'https://yt3.ggpht.com/fixture/ost.jpg', subscriberCount: 2_300_000, videoCount: 1_200, viewCount: 410_000_000,
  },
  {
    id: 'UChajime0000000000000000', title: 'はじめしゃちょー', description: '毎日動画', customUrl: '@はじめ',
    publishedAt: '2012-09-01T00:00:00Z', country: 'jp', avatarUrl: 'https://yt3.ggpht.com/fixture/hajime.jpg', subscriberCount: 0, hiddenSubscriberCount: true, videoCount: 2_900, viewCount: 1_000_000_000,
  },
];

export async function startFixtureProfileService(options: { channels?: readonly FixtureChannel[]; apiKey?: string; port?: number } = {}): Promise<FixtureProfileService> {
  const channels = options.channels ?? FIXTURE_CHANNELS;
  const apiKey = options.apiKey ?? FIXTURE_API_KEY;
  let mode: FixtureMode = 'up';
  const requests: string[] = [];

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      send(res, 500, apiError(500, 'backendError', 'Fixture error.'));
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://fixture');
    // For whoever starts it as a process (the Playwright webServer waits for this).
    if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { ok: true });
    if (req.method !== 'GET' || url.pathname !== '/youtube/v3/channels') return send(res, 404, apiError(404, 'notFound', 'Not found.'));
    const query = url.searchParams;
    const lookup = (['id', 'forHandle', 'forUsername'] as const).filter((p) => query.has(p));
    requests.push(lookup.map((p) => `${p}=${query.get(p) ?? ''}`).join('&'));
    if (mode === 'hang') return; // never answers; close() ends the connection
    if (mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Service temporarily unavailable</html>');
      return;
    }
    if (mode === 'down') return send(res, 503, apiError(503, 'backendError', 'Backend Error'));
    if (query.get('key') !== apiKey) return send(res, 400, apiError(400, 'keyInvalid', 'API key not valid. Please pass a valid API key.', 'usageLimits'));
    if (mode === 'quota') return send(res, 403, apiError(403, 'quotaExceeded', 'The request cannot be completed because you have exceeded your quota.', 'youtube.quota'));
    const parts = (query.get('part') ?? '').split(',');
    if (!parts.includes('snippet') || lookup.length !== 1) return send(res, 400, apiError(400, 'badRequest', 'Missing or conflicting parameters.'));
    const value = query.get(lookup[0] ?? 'id') ?? '';
    const found = channels.filter((c) => {
      if (lookup[0] === 'id') return value.split(',').includes(c.id);
      if (lookup[0] === 'forHandle') return c.customUrl.replace(/^@/, '').toLowerCase() === value.replace(/^@/, '').toLowerCase();
      return c.username !== undefined && c.username.toLowerCase() === value.toLowerCase();
    });
    send(res, 200, {
      kind: 'youtube#channelListResponse',
      etag: 'fixture',
      pageInfo: { totalResults: found.length, resultsPerPage: 5 },
      // Like the API, no `items` at all when nothing matches.
      ...(found.length > 0 ? { items: found.map((c) => channelResource(c, parts)) } : {}),
    });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    youtubeBaseUrl: `http://127.0.0.1:${port}/youtube/v3`,
    apiKey,
    setMode(next) {
      mode = next;
    },
    requests,
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e === undefined ? resolve() : reject(e))));
    },
  };
}

function channelResource(c: FixtureChannel, parts: readonly string[]): Record<string, unknown> {
  const thumbnail = (size: number) => ({ url: c.avatarUrl.replace(/\.jpg$/, `=s${size}.jpg`), width: size, height: size });
  return {
    kind: 'youtube#channel',
    etag: `fixture-${c.id}`,
    id: c.id,
    snippet: {
      title: c.title,
      description: c.description,
      customUrl: c.customUrl,
      publishedAt: c.publishedAt,
      thumbnails: { default: thumbnail(88), medium: thumbnail(240), high: thumbnail(800) },
      localized: { title: c.title, description: c.description },
      ...(c.country === undefined ? {} : { country: c.country }),
    },
    ...(parts.includes('statistics')
      ? {
          statistics: {
            viewCount: String(c.viewCount),
            // The API leaves the count out when the channel hides it.
            ...(c.hiddenSubscriberCount === true ? {} : { subscriberCount: String(c.subscriberCount) }),
            hiddenSubscriberCount: c.hiddenSubscriberCount === true,
            videoCount: String(c.videoCount),
          },
        }
      : {}),
  };
}

function apiError(code: number, reason: string, message: string, domain = 'global'): Record<string, unknown> {
  return { error: { code, message, errors: [{ message, domain, reason }] } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
}
