import { useEffect, useState } from 'react';
import { map, type Observable } from 'rxjs';
import type { Activity } from '../../../../shared/activity';
import type { Influencer } from '../../../../shared/influencer';
import { getCrmRuntime } from '../../app/crmRuntime';
import type { CrmDatabase } from '../../db/database';

type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T };

/**
 * Follows a live RxDB observable of the open team database, re-subscribing when `id`
 * changes; `initial` until the database is open and the first value arrives. `observe` must
 * be a module-level function: only the id changes the query.
 */
function useLiveDatabaseValue<T>(id: string, initial: T, observe: (db: CrmDatabase, id: string) => Observable<T>): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = observe(db, id).subscribe(setValue);
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [id, observe]);
  return value;
}

const LOADING: Loadable<Influencer | null> = { state: 'loading' };
const NO_ACTIVITIES: Activity[] = [];

function observeInfluencer(db: CrmDatabase, id: string): Observable<Loadable<Influencer | null>> {
  return db.influencers.findOne(id).$.pipe(map((doc) => ({ state: 'ready', value: doc === null ? null : (doc.toJSON() as Influencer) })));
}

function observeActivities(db: CrmDatabase, id: string): Observable<Activity[]> {
  return db.activities
    .find({ selector: { influencerId: id }, sort: [{ at: 'desc' }, { id: 'desc' }] })
    .$.pipe(map((docs) => docs.map((d) => d.toJSON() as Activity)));
}

/** The influencer's current document, live; `null` when no influencer has this id. */
export function useInfluencerDocument(id: string): Loadable<Influencer | null> {
  return useLiveDatabaseValue(id, LOADING, observeInfluencer);
}

/** The influencer's activity entries, newest first, live (served by the influencerId+at index). */
export function useInfluencerActivities(id: string): Activity[] {
  return useLiveDatabaseValue(id, NO_ACTIVITIES, observeActivities);
}
