import { requestJson, serverEndpoint, ServerError, type FetchFunction } from './serverApi';

/** The server's checkpoint: the sequence number of the last change a pull returned. */
export interface SeqCheckpoint {
  seq: number;
}

export interface PushRowBody {
  assumedMasterState: unknown;
  newDocumentState: unknown;
}

export interface PulledBatch {
  documents: unknown[];
  checkpoint: SeqCheckpoint;
}

/** The replication routes of one session (sync-api.md, "Replication"). */
export interface SyncClient {
  pull(collection: string, since: number, limit: number): Promise<PulledBatch>;
  /** Resolves with the server's documents for the rows in conflict (empty: all written). */
  push(collection: string, rows: readonly PushRowBody[]): Promise<unknown[]>;
  /** The event stream's URL (EventSource cannot send headers: the token goes in the query). */
  streamUrl(collection: string): string;
  /** One event stream for several collections: each event's data is {collection, data}. */
  combinedStreamUrl(collections: readonly string[]): string;
  /** Whether the token still works: 'invalid' only on a clear 401. */
  checkToken(): Promise<'valid' | 'invalid' | 'unknown'>;
}

export function isSeqCheckpoint(value: unknown): value is SeqCheckpoint {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as SeqCheckpoint).seq) && (value as SeqCheckpoint).seq >= 0;
}

function badAnswer(what: string): ServerError {
  return new ServerError('bad_answer', `The server's ${what} answer is not in the expected shape.`);
}

export function createSyncClient(session: { serverUrl: string; token: string }, fetch?: FetchFunction): SyncClient {
  const { serverUrl, token } = session;
  const path = (collection: string, route: string) => `/api/sync/${encodeURIComponent(collection)}/${route}`;
  return {
    async pull(collection, since, limit) {
      const body = await requestJson(serverUrl, `${path(collection, 'pull')}?since=${since}&limit=${limit}`, { token, fetch });
      const { documents, checkpoint } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      if (!Array.isArray(documents) || !isSeqCheckpoint(checkpoint)) throw badAnswer('pull');
      return { documents, checkpoint: { seq: checkpoint.seq } };
    },
    async push(collection, rows) {
      const body = await requestJson(serverUrl, path(collection, 'push'), { method: 'POST', token, body: rows, fetch });
      if (!Array.isArray(body)) throw badAnswer('push');
      return body;
    },
    streamUrl(collection) {
      return serverEndpoint(serverUrl, `${path(collection, 'stream')}?token=${encodeURIComponent(token)}`);
    },
    combinedStreamUrl(collections) {
      return serverEndpoint(serverUrl, `/api/sync/stream?collections=${collections.map(encodeURIComponent).join(',')}&token=${encodeURIComponent(token)}`);
    },
    async checkToken() {
      try {
        await requestJson(serverUrl, '/api/me', { token, fetch });
        return 'valid';
      } catch (error) {
        return error instanceof ServerError && error.kind === 'unauthorized' ? 'invalid' : 'unknown';
      }
    },
  };
}
