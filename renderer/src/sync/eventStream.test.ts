import { describe, expect, it, vi } from 'vitest';
import { eventStream, type StreamEvent } from './eventStream';
import { StubEventSource as StubSource } from './testing/stubEventSource';

describe('eventStream', () => {
  it('maps "RESYNC" and change events, and closes the source on unsubscribe', () => {
    const sources: StubSource[] = [];
    const events: StreamEvent[] = [];
    const subscription = eventStream({
      url: 'http://s/stream?token=t',
      createEventSource: (url) => sources[sources.push(new StubSource(url)) - 1]!,
      onClosed: async () => 'retry',
    }).subscribe((e) => events.push(e));
    sources[0]!.message('"RESYNC"');
    sources[0]!.message('{"documents":[],"checkpoint":{"seq":4}}');
    sources[0]!.message('not json');
    expect(events).toEqual([{ kind: 'resync' }, { kind: 'data', data: { documents: [], checkpoint: { seq: 4 } } }, { kind: 'resync' }]);
    subscription.unsubscribe();
    expect(sources[0]!.closed).toBe(true);
  });

  it('leaves reconnecting to the browser, reopens with backoff when it gave up, and stops when told to', async () => {
    vi.useFakeTimers();
    try {
      const sources: StubSource[] = [];
      const decisions: ('retry' | 'stop')[] = ['retry', 'stop'];
      const onClosed = vi.fn(async () => decisions.shift() ?? 'stop');
      const subscription = eventStream({ url: 'u', createEventSource: (url) => sources[sources.push(new StubSource(url)) - 1]!, onClosed }).subscribe();
      sources[0]!.fail(0); // CONNECTING: the browser retries by itself
      expect(onClosed).not.toHaveBeenCalled();
      sources[0]!.fail(2); // CLOSED: ask, then reopen after 1 s
      await vi.advanceTimersByTimeAsync(999);
      expect(sources).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(sources).toHaveLength(2);
      sources[1]!.fail(2); // the session is gone: no more attempts
      await vi.advanceTimersByTimeAsync(60_000);
      expect(sources).toHaveLength(2);
      expect(onClosed).toHaveBeenCalledTimes(2);
      subscription.unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });
});
