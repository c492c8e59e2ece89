import { request, type IncomingHttpHeaders } from 'node:http';
import { createSseParser } from './sseFrames';

/**
 * A minimal server-sent-events reader for tests against a listening server. It uses
 * node:http rather than fetch: fetch's connection pool opens spare sockets that keep a
 * closing server waiting for their timeout.
 */
export interface EventStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** The next event's data (waits up to `timeoutMs`). */
  next(timeoutMs?: number): Promise<string>;
  /** Resolves with the next comment line (e.g. a heartbeat). */
  nextComment(timeoutMs?: number): Promise<string>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false });
    req.on('error', reject);
    req.on('response', (res) => {
      const events: string[] = [];
      const comments: string[] = [];
      const waiters = new Set<() => void>();
      const notify = (): void => {
        for (const waiter of waiters) waiter();
      };
      let finished = false;
      const parse = createSseParser((block) => {
        if (block.data !== null) events.push(block.data);
        comments.push(...block.comments);
      });
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        parse(chunk);
        notify();
      });
      const ended = new Promise<void>((done) => {
        res.on('close', () => {
          finished = true;
          notify();
          done();
        });
      });
      const take = async (queue: string[], what: string, timeoutMs: number): Promise<string> => {
        const deadline = Date.now() + timeoutMs;
        while (queue.length === 0) {
          if (finished) throw new Error(`The stream ended while waiting for ${what}.`);
          const left = deadline - Date.now();
          if (left <= 0) throw new Error(`No ${what} within ${timeoutMs} ms.`);
          await new Promise<void>((wake) => {
            const done = (): void => {
              clearTimeout(timer);
              waiters.delete(done);
              wake();
            };
            const timer = setTimeout(done, left);
            waiters.add(done);
          });
        }
        return queue.shift()!;
      };
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        next: (timeoutMs = 5000) => take(events, 'event', timeoutMs),
        nextComment: (timeoutMs = 5000) => take(comments, 'comment', timeoutMs),
        ended,
        close: () => req.destroy(),
      });
    });
    req.end();
  });
}
