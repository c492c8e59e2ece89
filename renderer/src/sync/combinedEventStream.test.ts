import { describe, expect, it } from 'vitest';
import { combinedEventStream } from './combinedEventStream';
import type { StreamEvent } from './eventStream';
import { createSyncClient } from './syncClient';
import { StubEventSource as StubSource } from './testing/stubEventSource';

describe('combinedEventStream', () => {
  it('opens one connection for all collections and gives each only its own events', () => {
    const sources: StubSource[] = [];
    const eventsOf = combinedEventStream({
      client: createSyncClient({ serverUrl: 'http://s', token: 't k' }),
      collections: ['influencers', 'activities'],
      createEventSource: (url) => sources[sources.push(new StubSource(url)) - 1]!,
      onUnauthorized: () => undefined,
    });
    const seen: Record<string, StreamEvent[]> = { influencers: [], activities: [] };
    const subscriptions = Object.keys(seen).map((name) => eventsOf(name).subscribe((e) => seen[name]!.push(e)));
    expect(sources.map((s) => s.url)).toEqual(['http://s/api/sync/stream?collections=influencers,activities&token=t%20k']);
    const source = sources[0]!;
    source.message('{"collection":"influencers","data":"RESYNC"}');
    source.message('{"collection":"activities","data":{"documents":[],"checkpoint":{"seq":3}}}');
    source.message('{"collection":"members","data":"RESYNC"}'); // not asked for: nobody gets it
    source.message('garbled'); // unreadable: everyone pulls
    expect(seen).toEqual({
      influencers: [{ kind: 'resync' }, { kind: 'resync' }],
      activities: [{ kind: 'data', data: { documents: [], checkpoint: { seq: 3 } } }, { kind: 'resync' }],
    });
    subscriptions[0]!.unsubscribe();
    expect(source.closed).toBe(false); // activities still listens
    subscriptions[1]!.unsubscribe();
    expect(source.closed).toBe(true);
  });
});
