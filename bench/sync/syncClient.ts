import type { Doc } from '../../shared/sync/mergeDocuments';

/** No single request may hang the benchmark. */
const REQUEST_TIMEOUT_MS = 120_000;

export interface SignedIn {
  token: string;
  team: { id: string; name: string };
  member: { id: string; name: string; email: string; role: string };
}

export interface PushRow {
  assumedMasterState: Doc | null;
  newDocumentState: Doc;
}

export interface TimedText {
  ms: number;
  text: string;
}

/** A client of the sync server over real HTTP (fetch), one base URL. */
export class SyncClient {
  constructor(readonly baseUrl: string) {}

  /** One request, timed from sending until the whole response body has arrived. */
  async request(method: 'GET' | 'POST', path: string, token: string | null, body?: string): Promise<TimedText & { status: number }> {
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const t0 = performance.now();
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    return { ms: performance.now() - t0, text, status: res.status };
  }

  async expect(method: 'GET' | 'POST', path: string, token: string | null, body: string | undefined, status: number): Promise<TimedText> {
    const res = await this.request(method, path, token, body);
    if (res.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${res.status} ${res.text.slice(0, 500)}`);
    return res;
  }

  async createTeam(fields: { teamName: string; name: string; email: string; password: string }): Promise<SignedIn> {
    return JSON.parse((await this.expect('POST', '/api/teams', null, JSON.stringify(fields), 201)).text) as SignedIn;
  }

  async addMember(admin: SignedIn, fields: { name: string; email: string; password: string; role: 'member' }): Promise<void> {
    await this.expect('POST', '/api/members', admin.token, JSON.stringify(fields), 201);
  }

  async login(email: string, password: string): Promise<SignedIn> {
    return JSON.parse((await this.expect('POST', '/api/auth/login', null, JSON.stringify({ email, password }), 200)).text) as SignedIn;
  }

  /** A push of an already serialized batch; returns the time and the conflicting documents. */
  async pushBody(token: string, collection: string, body: string): Promise<{ ms: number; conflicts: Doc[] }> {
    const res = await this.expect('POST', `/api/sync/${collection}/push`, token, body, 200);
    return { ms: res.ms, conflicts: JSON.parse(res.text) as Doc[] };
  }

  push(token: string, collection: string, rows: PushRow[]): Promise<{ ms: number; conflicts: Doc[] }> {
    return this.pushBody(token, collection, JSON.stringify(rows));
  }

  /** One pull page; `ms` covers the request and the raw body, not the client's JSON.parse. */
  async pull(token: string, collection: string, since: number, limit: number): Promise<{ ms: number; documents: Doc[]; checkpoint: { seq: number } }> {
    const res = await this.expect('GET', `/api/sync/${collection}/pull?since=${since}&limit=${limit}`, token, undefined, 200);
    const page = JSON.parse(res.text) as { documents: Doc[]; checkpoint: { seq: number } };
    return { ms: res.ms, ...page };
  }
}
