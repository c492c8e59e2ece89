import { request, type ClientRequest } from 'node:http';
import type { EventSourceLike } from '../../renderer/src/sync/eventStream';
import { createSseParser } from '../server/sseFrames';

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;

/**
 * A minimal EventSource for Node 20 (which has none), enough for the app's eventStream():
 * data-only events, and any failure or end of the connection closes it (readyState CLOSED +
 * onerror), so eventStream() checks the token and reopens it with its own backoff. It uses
 * node:http without keep-alive, so stopping the server is not held up by pooled sockets.
 */
export class NodeEventSource implements EventSourceLike {
  readyState = CONNECTING;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  private readonly req: ClientRequest;

  constructor(url: string) {
    this.req = request(url, { headers: { accept: 'text/event-stream' }, agent: false });
    this.req.on('error', () => this.fail());
    this.req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        this.fail();
        return;
      }
      this.readyState = OPEN;
      this.onopen?.(new Event('open'));
      const parse = createSseParser(({ data }) => {
        if (data !== null && this.readyState === OPEN) this.onmessage?.(new MessageEvent('message', { data }));
      });
      res.setEncoding('utf8');
      res.on('data', parse);
      res.on('end', () => this.fail());
      res.on('error', () => this.fail());
      res.on('close', () => this.fail());
    });
    this.req.end();
  }

  private fail(): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    this.req.destroy();
    this.onerror?.(new Event('error'));
  }

  close(): void {
    this.readyState = CLOSED;
    this.req.destroy();
  }
}
