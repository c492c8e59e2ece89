import type { EventSourceLike } from '../eventStream';

/** An EventSource stand-in the test drives by hand: deliver messages, fail, see whether it was closed. */
export class StubEventSource implements EventSourceLike {
  readyState = 0;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  message(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}
