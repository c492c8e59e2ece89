/**
 * The one way the renderer talks HTTP to the sync server: JSON in, JSON out, errors turned
 * into a `ServerError` whose `kind` says what happened (sync-api.md, "Errors").
 */
export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

export type ServerErrorKind =
  /** No answer at all: offline, wrong address, server down, or refused by the browser (CORS/CSP). */
  | 'network'
  /** 401 on a call that carried a token: the session is no longer valid. */
  | 'unauthorized'
  /** Any other error answer in the contract's shape. */
  | 'http'
  /** An answer that is not what this server would send (HTML, wrong shape). */
  | 'bad_answer';

export class ServerError extends Error {
  constructor(
    readonly kind: ServerErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    readonly details: readonly string[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  token?: string;
  body?: unknown;
  fetch?: FetchFunction;
  signal?: AbortSignal;
}

/** `serverUrl` + `path`, with no doubled slash. */
export function serverEndpoint(serverUrl: string, path: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${path}`;
}

/** Sends one request; resolves with the parsed JSON body (null for 204), rejects with ServerError. */
export async function requestJson(serverUrl: string, path: string, options: RequestOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(serverEndpoint(serverUrl, path), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ServerError('network', `Cannot reach the server at ${serverUrl}.`);
  }
  if (response.status === 204) return null;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ServerError('bad_answer', `${serverUrl} did not answer like an Influencer CRM server (HTTP ${response.status}).`, response.status);
  }
  if (response.ok) return body;
  throw errorFromAnswer(serverUrl, response, body, options.token !== undefined);
}

function errorFromAnswer(serverUrl: string, response: Response, body: unknown, hadToken: boolean): ServerError {
  const error = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).error : undefined;
  if (typeof error !== 'object' || error === null) {
    return new ServerError('bad_answer', `${serverUrl} did not answer like an Influencer CRM server (HTTP ${response.status}).`, response.status);
  }
  const { code, message, details } = error as Record<string, unknown>;
  const retryAfter = Number(response.headers.get('Retry-After'));
  const unauthorized = response.status === 401 && hadToken;
  return new ServerError(
    unauthorized ? 'unauthorized' : 'http',
    typeof message === 'string' && message !== '' ? message : `The server answered HTTP ${response.status}.`,
    response.status,
    typeof code === 'string' ? code : null,
    Array.isArray(details) ? details.filter((d): d is string => typeof d === 'string') : [],
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}
