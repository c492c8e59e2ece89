import { useEffect, useSyncExternalStore } from 'react';
import { bufferTime, filter } from 'rxjs';
import { getCrmRuntime } from '../../app/crmRuntime';
import type { CrmDatabase } from '../../db/database';
import { readBatch, summarizeBatch, type BatchRef, type BatchSummary } from './readBatch';

/** One operation's summary as last read; `stale` once more of its entries arrived (read again). */
interface Cached {
  summary: BatchSummary | null;
  stale: boolean;
}

const cache = new Map<string, Cached>();
const listeners = new Set<() => void>();
let watched: CrmDatabase | null = null;

const keyOf = (ref: BatchRef) => `${ref.at}/${ref.batchId}`;
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** An operation still being written or synced gains entries: its count is read again. */
function watch(db: CrmDatabase): void {
  if (watched === db) return;
  watched = db;
  db.activities.insert$
    .pipe(
      filter((event) => event.documentData.batchId !== null),
      bufferTime(500),
      filter((events) => events.length > 0),
    )
    .subscribe((events) => {
      let changed = false;
      for (const { documentData: d } of events) {
        const key = keyOf({ batchId: d.batchId ?? '', at: d.at });
        const cached = cache.get(key);
        if (cached !== undefined && !cached.stale) {
          cache.set(key, { ...cached, stale: true });
          changed = true;
        }
      }
      if (changed) notify();
    });
}

/** After the page has painted and the browser is idle: a count never delays showing the log. */
const whenIdle = () =>
  new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2_000 }) : setTimeout(resolve, 200)));

async function load(ref: BatchRef): Promise<void> {
  const key = keyOf(ref);
  const before = cache.get(key);
  // Marked fresh while reading, so one read runs however many entries ask.
  cache.set(key, { summary: before?.summary ?? null, stale: false });
  try {
    await whenIdle();
    const { db } = await getCrmRuntime();
    watch(db);
    cache.set(key, { summary: summarizeBatch(await readBatch(db.activities, ref)), stale: false });
  } catch (error) {
    console.error('A bulk operation could not be read.', error);
  }
  notify();
}

/** How many influencers a bulk operation wrote, and who ran it; null until read. */
export function useBatchSummary(ref: BatchRef): BatchSummary | null {
  const key = keyOf(ref);
  const cached = useSyncExternalStore(subscribe, () => cache.get(key));
  useEffect(() => {
    if (cached === undefined || cached.stale) void load({ batchId: ref.batchId, at: ref.at });
  }, [cached, ref.batchId, ref.at]);
  return cached?.summary ?? null;
}
