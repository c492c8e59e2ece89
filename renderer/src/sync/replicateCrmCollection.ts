import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { map, type Observable } from 'rxjs';
import type { SchemaNode } from '../../../shared/schemas/validateDocument';
import { eventStream, type EventSourceLike, type StreamEvent } from './eventStream';
import { readReplicatedDocuments } from './readReplicatedDocuments';
import { ServerError } from './serverApi';
import { isSeqCheckpoint, type SeqCheckpoint, type SyncClient } from './syncClient';

/** Pull pages as large as the server allows: RxDB's per-document bookkeeping dominates anyway. */
export const PULL_BATCH_SIZE = 1_000;
/** Push rows per request (the server takes up to 1,000). */
export const PUSH_BATCH_SIZE = 500;
export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 60_000;

export interface ReplicateOptions<T> {
  collection: RxCollection<T>;
  /** The collection's name on the server (/api/sync/<name>/…). */
  name: string;
  /** The collection's JSON schema: pulled documents are checked against it. */
  schema: SchemaNode;
  client: SyncClient;
  /** Stable per team and collection, so a restart resumes from the stored checkpoints. */
  replicationIdentifier: string;
  /** The server refused the token: stop and ask the person to sign in again. */
  onUnauthorized(): void;
  /** A request reached the server and got a good answer. */
  onRequestSucceeded?(): void;
  /** A request failed (it is retried after the backoff). */
  onRequestFailed?(error: unknown): void;
  createEventSource?: (url: string) => EventSourceLike;
  /** Only the leader window replicates (tests without leader election pass false). */
  waitForLeadership?: boolean;
  /** The first wait before retrying a failed request (ms); doubles up to MAX_RETRY_MS. */
  firstRetryMs?: number;
  /** Pull only: the server writes this collection (members, groups). */
  readOnly?: boolean;
  /**
   * This collection's events from a stream shared with other collections (see
   * combinedEventStream); without it the collection opens its own stream.
   */
  events$?: Observable<StreamEvent>;
}

export type CrmReplication<T> = RxReplicationState<T, SeqCheckpoint>;

/**
 * Live two-way replication of one collection with the sync server, through RxDB's
 * replication protocol: pull by sequence checkpoint, push with assumedMasterState (the
 * server answers the rows in conflict; the collection's conflict handler resolves them),
 * and the server's event stream for live changes. Failed requests are retried with a
 * doubling wait (RxDB skips the wait when the browser comes back online).
 */
export function replicateCrmCollection<T>(options: ReplicateOptions<T>): CrmReplication<T> {
  const { client, name, schema } = options;
  const firstRetryMs = options.firstRetryMs ?? FIRST_RETRY_MS;
  let retryMs = firstRetryMs;
  // RxDB reads `retryTime` before each wait: grow it on failures, reset it on success.
  const attempt = async <R>(request: () => Promise<R>): Promise<R> => {
    try {
      const result = await request();
      retryMs = firstRetryMs;
      replication.retryTime = retryMs;
      options.onRequestSucceeded?.();
      return result;
    } catch (error) {
      options.onRequestFailed?.(error);
      if (error instanceof ServerError && error.kind === 'unauthorized') options.onUnauthorized();
      replication.retryTime = retryMs;
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      throw error;
    }
  };

  // Cold: the connection opens only when the replication subscribes to it.
  const events$ =
    options.events$ ??
    eventStream({
      url: client.streamUrl(name),
      createEventSource: options.createEventSource,
      onClosed: async () => {
        if ((await client.checkToken()) !== 'invalid') return 'retry';
        options.onUnauthorized();
        return 'stop';
      },
    });
  const stream$: Observable<RxReplicationPullStreamItem<T, SeqCheckpoint>> = events$.pipe(
    map((event): RxReplicationPullStreamItem<T, SeqCheckpoint> => {
      if (event.kind === 'resync') return 'RESYNC';
      const { documents, checkpoint } = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<string, unknown>;
      if (!Array.isArray(documents) || !isSeqCheckpoint(checkpoint)) return 'RESYNC';
      try {
        return { documents: readReplicatedDocuments<T>(schema, documents, name), checkpoint: { seq: checkpoint.seq } };
      } catch {
        return 'RESYNC'; // the pull reports what is wrong, as an error the indicator shows
      }
    }),
  );

  const replication: CrmReplication<T> = replicateRxCollection<T, SeqCheckpoint>({
    replicationIdentifier: options.replicationIdentifier,
    collection: options.collection,
    live: true,
    retryTime: firstRetryMs,
    waitForLeadership: options.waitForLeadership ?? true,
    autoStart: true,
    pull: {
      batchSize: PULL_BATCH_SIZE,
      stream$,
      handler: (checkpoint, batchSize) =>
        attempt(async () => {
          const since = isSeqCheckpoint(checkpoint) ? checkpoint.seq : 0;
          const batch = await client.pull(name, since, batchSize);
          return { documents: readReplicatedDocuments<T>(schema, batch.documents, name), checkpoint: batch.checkpoint };
        }),
    },
    push: options.readOnly === true ? undefined : {
      batchSize: PUSH_BATCH_SIZE,
      handler: (rows) =>
        attempt(async () => {
          const conflicts = await client.push(
            name,
            rows.map((row) => ({ assumedMasterState: row.assumedMasterState ?? null, newDocumentState: row.newDocumentState })),
          );
          return readReplicatedDocuments<T>(schema, conflicts, name);
        }),
    },
  });
  return replication;
}
