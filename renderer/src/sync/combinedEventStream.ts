import { filter, map, share, type Observable } from 'rxjs';
import { eventStream, type EventSourceLike, type StreamEvent } from './eventStream';
import type { SyncClient } from './syncClient';

export interface CombinedEventStreamOptions {
  client: SyncClient;
  collections: readonly string[];
  createEventSource?: (url: string) => EventSourceLike;
  onUnauthorized(): void;
}

/**
 * One server event stream for all of a session's collections (GET /api/sync/stream), split
 * per collection. A browser opens at most six HTTP/1.1 connections per server and a stream
 * holds one for good: a stream per collection would leave pulls, pushes and Team settings
 * waiting for a free connection. The connection opens with the first collection's
 * subscription and closes after the last one's.
 */
export function combinedEventStream(options: CombinedEventStreamOptions): (collection: string) => Observable<StreamEvent> {
  const { client } = options;
  const shared$ = eventStream({
    url: client.combinedStreamUrl(options.collections),
    createEventSource: options.createEventSource,
    onClosed: async () => {
      if ((await client.checkToken()) !== 'invalid') return 'retry';
      options.onUnauthorized();
      return 'stop';
    },
  }).pipe(share());
  return (collection) =>
    shared$.pipe(
      map((event): StreamEvent | null => {
        if (event.kind === 'resync') return event; // unreadable: every collection pulls
        const { collection: name, data } = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<string, unknown>;
        if (name !== collection) return null;
        return data === 'RESYNC' ? { kind: 'resync' } : { kind: 'data', data };
      }),
      filter((event): event is StreamEvent => event !== null),
    );
}
