import { Observable } from 'rxjs';

/** The part of EventSource the stream uses (tests pass a stand-in). */
export interface EventSourceLike {
  readonly readyState: number;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onopen: ((event: Event) => void) | null;
  close(): void;
}

export type StreamEvent = { kind: 'resync' } | { kind: 'data'; data: unknown };

export interface EventStreamOptions {
  url: string;
  createEventSource?: (url: string) => EventSourceLike;
  /**
   * Called when the browser gave up on the stream (an HTTP error such as 401, or a bad
   * answer): 'stop' ends it for good (the session is gone), 'retry' reopens after a backoff.
   */
  onClosed: () => Promise<'retry' | 'stop'>;
  onOpen?: () => void;
  /** The longest wait between reopening attempts (ms); the first is 1 s, doubling. */
  maxRetryMs?: number;
}

const CLOSED = 2;
const FIRST_RETRY_MS = 1_000;

/**
 * The server's change stream (sync-api.md, "Stream") as an Observable, opened on subscribe
 * and closed on unsubscribe — so only the replicating (leader) window holds a connection.
 * The browser reconnects by itself after a dropped connection; when it gives up, this asks
 * `onClosed` and reopens with backoff. Coming back online reopens at once. The server's
 * first event after every (re)connect is "RESYNC", which makes RxDB pull what was missed.
 */
export function eventStream(options: EventStreamOptions): Observable<StreamEvent> {
  const create = options.createEventSource ?? ((url: string) => new EventSource(url));
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  return new Observable<StreamEvent>((subscriber) => {
    let source: EventSourceLike | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let retryMs = FIRST_RETRY_MS;
    let stopped = false;

    const open = () => {
      clearTimeout(retryTimer);
      source?.close();
      if (stopped) return;
      const current = create(options.url);
      source = current;
      current.onopen = () => {
        retryMs = FIRST_RETRY_MS;
        options.onOpen?.();
      };
      current.onmessage = (event: MessageEvent) => {
        let data: unknown;
        try {
          data = JSON.parse(String(event.data));
        } catch {
          subscriber.next({ kind: 'resync' }); // unreadable: pull instead
          return;
        }
        subscriber.next(data === 'RESYNC' ? { kind: 'resync' } : { kind: 'data', data });
      };
      current.onerror = () => {
        if (current !== source || current.readyState !== CLOSED) return; // the browser retries by itself
        current.close();
        void options.onClosed().then((decision) => {
          if (decision === 'stop' || stopped || current !== source) return;
          retryTimer = setTimeout(open, retryMs);
          retryMs = Math.min(retryMs * 2, maxRetryMs);
        });
      };
    };
    const onOnline = () => {
      if (source === null || source.readyState !== 1) open();
    };

    if (typeof addEventListener === 'function') addEventListener('online', onOnline);
    open();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
      if (typeof removeEventListener === 'function') removeEventListener('online', onOnline);
    };
  });
}
