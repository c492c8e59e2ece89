import { useCallback, useEffect, useRef, useState } from 'react';
import { bufferTime, filter as where } from 'rxjs';
import type { Activity } from '../../../../shared/activity';
import { getCrmRuntime } from '../../app/crmRuntime';
import { ActivityFeedReader, matchesFeedFilter, mergeNewestFirst, type FeedFilter, type FeedOptions } from './activityFeed';

export interface ActivityFeedState {
  /** Read so far, newest first. */
  entries: readonly Activity[];
  loading: boolean;
  /** Every matching entry is in `entries`. */
  complete: boolean;
  loadMore(): void;
}

/** The entry's own fields, without the storage's metadata. */
function toActivity({ id, influencerId, actorId, at, kind, field, from, to, batchId }: Activity): Activity {
  return { id, influencerId, actorId, at, kind, field, from, to, batchId };
}

/**
 * The team's log for a filter, a page at a time (ActivityFeedReader), with entries written
 * or synced meanwhile put in their place once their time is within what was read.
 */
export function useActivityFeed(filter: FeedFilter, options: Pick<FeedOptions, 'pageSize' | 'scanTarget'> = {}): ActivityFeedState {
  const [entries, setEntries] = useState<readonly Activity[]>([]);
  const [loading, setLoading] = useState(true);
  const [complete, setComplete] = useState(false);
  const reader = useRef<ActivityFeedReader | null>(null);
  const busy = useRef(false);
  const kindsKey = filter.kinds?.join(',') ?? '';
  const influencerId = filter.influencerId ?? null;
  const { pageSize, scanTarget } = options;

  const readPage = useCallback(async (from: ActivityFeedReader) => {
    if (busy.current || from.exhausted) return;
    busy.current = true;
    setLoading(true);
    try {
      const page = await from.nextPage();
      if (reader.current !== from) return;
      setEntries((shown) => mergeNewestFirst(shown, page));
      setComplete(from.exhausted);
    } finally {
      busy.current = false;
      if (reader.current === from) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const current: FeedFilter = { kinds: kindsKey === '' ? null : (kindsKey.split(',') as FeedFilter['kinds']), actorId: filter.actorId, influencerId };
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      setEntries([]);
      setComplete(false);
      const feed = new ActivityFeedReader(db.activities, current, { pageSize, scanTarget });
      reader.current = feed;
      busy.current = false;
      void readPage(feed);
      const subscription = db.activities.insert$
        .pipe(bufferTime(300), where((events) => events.length > 0))
        .subscribe((events) => {
          const added = events.map((e) => toActivity(e.documentData)).filter((e) => e.at >= feed.readSince && matchesFeedFilter(e, current));
          if (added.length > 0) setEntries((shown) => mergeNewestFirst(shown, added));
        });
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      reader.current = null;
      unsubscribe();
    };
  }, [kindsKey, filter.actorId, influencerId, pageSize, scanTarget, readPage]);

  const loadMore = useCallback(() => {
    if (reader.current !== null) void readPage(reader.current);
  }, [readPage]);

  return { entries, loading, complete, loadMore };
}
