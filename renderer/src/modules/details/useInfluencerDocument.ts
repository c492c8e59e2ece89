import { useEffect, useState } from 'react';
import type { Activity } from '../../../../shared/activity';
import type { Influencer } from '../../../../shared/influencer';
import { getCrmRuntime } from '../../app/crmRuntime';

type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T };

/** The influencer's current document, live; `null` when no influencer has this id. */
export function useInfluencerDocument(id: string): Loadable<Influencer | null> {
  const [result, setResult] = useState<Loadable<Influencer | null>>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = db.influencers.findOne(id).$.subscribe((doc) => {
        setResult({ state: 'ready', value: doc === null ? null : doc.toJSON() as Influencer });
      });
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [id]);
  return result;
}

/** The influencer's activity entries, newest first, live (served by the influencerId+at index). */
export function useInfluencerActivities(id: string): Activity[] {
  const [entries, setEntries] = useState<Activity[]>([]);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = db.activities
        .find({ selector: { influencerId: id }, sort: [{ at: 'desc' }, { id: 'desc' }] })
        .$.subscribe((docs) => setEntries(docs.map((d) => d.toJSON() as Activity)));
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [id]);
  return entries;
}
