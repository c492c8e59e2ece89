import { valuesEqual, type Doc } from '../../../../shared/sync/mergeDocuments';
import type { EventSourceLike } from '../eventStream';
import type { FetchFunction } from '../serverApi';

/**
 * An in-memory stand-in for the sync server's replication routes, for unit tests of the
 * app's replication (the real server is exercised by tests/e2e). It follows the contract's
 * push rules: equal → nothing; nothing stored → written; assumed ≠ stored → conflict;
 * activities are append-only; influencers get updatedAt/updatedBy stamped.
 */
interface Stored {
  doc: Doc;
  seq: number;
}

const STAMPS = ['updatedAt', 'updatedBy'];

function same(a: Doc, b: Doc, ignore: readonly string[]): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    if (!valuesEqual(a[key] ?? (key === '_deleted' ? false : undefined), b[key] ?? (key === '_deleted' ? false : undefined))) return false;
  }
  return true;
}

export interface FakeClient {
  fetch: FetchFunction;
  createEventSource(url: string): EventSourceLike;
  setOnline(online: boolean): void;
}

export class FakeSyncServer {
  private seq = 0;
  private clock = 1_000;
  private readonly collections = new Map<string, Map<string, Stored>>();
  /** `collections`: what the stream carries; `combined`: the /api/sync/stream form ({collection, data} events). */
  private readonly streams = new Set<{ collections: string[]; combined: boolean; client: { online: boolean }; source: FakeEventSource }>();
  /** Tokens the server accepts, each naming its member. */
  readonly tokens = new Map<string, string>();
  pushes = 0;

  documents(collection: string): Doc[] {
    return [...(this.collections.get(collection)?.values() ?? [])].map((s) => s.doc);
  }

  client(): FakeClient {
    const state = { online: true };
    return {
      fetch: (input, init) => this.handle(state, input, init),
      createEventSource: (url) => {
        const source = new FakeEventSource(() => this.streams.delete(entry));
        const parsed = new URL(url);
        const combined = parsed.pathname === '/api/sync/stream';
        const collections = combined ? (parsed.searchParams.get('collections') ?? '').split(',') : [/\/api\/sync\/([^/]+)\/stream/.exec(parsed.pathname)?.[1] ?? ''];
        const entry = { collections, combined, client: state, source };
        this.streams.add(entry);
        queueMicrotask(() => state.online && this.resync(entry));
        return source;
      },
      setOnline: (online) => {
        state.online = online;
        if (online) for (const stream of this.streams) if (stream.client === state) this.resync(stream);
      },
    };
  }

  private resync(stream: { collections: string[]; combined: boolean; source: FakeEventSource }): void {
    for (const collection of stream.collections) this.emit(stream, collection, JSON.stringify('RESYNC'));
  }

  private emit(stream: { combined: boolean; source: FakeEventSource }, collection: string, data: string): void {
    stream.source.emit(stream.combined ? `{"collection":${JSON.stringify(collection)},"data":${data}}` : data);
  }

  private table(collection: string): Map<string, Stored> {
    let table = this.collections.get(collection);
    if (table === undefined) this.collections.set(collection, (table = new Map()));
    return table;
  }

  private async handle(client: { online: boolean }, input: string, init: RequestInit = {}): Promise<Response> {
    await Promise.resolve();
    if (!client.online) throw new TypeError('Failed to fetch');
    const url = new URL(input);
    const token = new Headers(init.headers).get('Authorization')?.replace(/^Bearer /, '') ?? '';
    const member = this.tokens.get(token);
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (member === undefined) return json(401, { error: { code: 'unauthorized', message: 'Sign in again.' } });
    if (url.pathname === '/api/me') return json(200, { team: { id: 't', name: 'T' }, member: { id: member } });
    const match = /^\/api\/sync\/([^/]+)\/(pull|push)$/.exec(url.pathname);
    if (match === null) return json(404, { error: { code: 'not_found', message: 'No route.' } });
    const [, collection = '', route] = match;
    const table = this.table(collection);
    if (route === 'pull') {
      const since = Number(url.searchParams.get('since') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 200);
      const changed = [...table.values()].filter((s) => s.seq > since).sort((x, y) => x.seq - y.seq).slice(0, limit);
      return json(200, { documents: changed.map((s) => s.doc), checkpoint: { seq: changed.at(-1)?.seq ?? since } });
    }
    this.pushes++;
    const rows = JSON.parse(String(init.body)) as { assumedMasterState: Doc | null; newDocumentState: Doc }[];
    const ignore = collection === 'influencers' ? STAMPS : [];
    const conflicts: Doc[] = [];
    const written: Doc[] = [];
    for (const { assumedMasterState, newDocumentState } of rows) {
      const current = table.get(String(newDocumentState.id));
      if (current !== undefined && same(newDocumentState, current.doc, ignore)) continue;
      if (current !== undefined) {
        const assumedCurrent = assumedMasterState !== null && same(assumedMasterState, current.doc, ignore);
        if (!assumedCurrent || collection === 'activities') {
          conflicts.push(current.doc);
          continue;
        }
      }
      const doc: Doc = { ...newDocumentState, _deleted: newDocumentState._deleted === true };
      if (collection === 'influencers') Object.assign(doc, { updatedAt: ++this.clock, updatedBy: member });
      table.set(String(doc.id), { doc, seq: ++this.seq });
      written.push(doc);
    }
    if (written.length > 0) {
      const event = JSON.stringify({ documents: written, checkpoint: { seq: this.seq } });
      for (const stream of this.streams) if (stream.collections.includes(collection) && stream.client.online) this.emit(stream, collection, event);
    }
    return json(200, conflicts);
  }
}

class FakeEventSource implements EventSourceLike {
  readyState = 1;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;

  constructor(private readonly onClose: () => void) {}

  emit(data: string): void {
    queueMicrotask(() => this.onmessage?.(new MessageEvent('message', { data })));
  }

  close(): void {
    this.readyState = 2;
    this.onClose();
  }
}
