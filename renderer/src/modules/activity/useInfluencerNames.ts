import { useEffect, useState } from 'react';
import type { Influencer } from '../../../../shared/influencer';
import { displayName } from '../../../../shared/names/displayName';
import { getCrmRuntime } from '../../app/crmRuntime';

/** Names already read on this page; an entry shows its influencer's name as the list does. */
const known = new Map<string, string>();

/** The display names of these influencers, read by id (the shown page's, never the whole CRM). */
export function useInfluencerNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const [, setVersion] = useState(0);
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  const key = missing.join('\n');
  useEffect(() => {
    if (key === '') return;
    let cancelled = false;
    void getCrmRuntime()
      .then(({ db }) => db.influencers.findByIds(key.split('\n')).exec())
      .then((found) => {
        for (const id of key.split('\n')) {
          const doc = found.get(id);
          known.set(id, doc === undefined ? 'An influencer not in this CRM' : displayName(doc.toJSON() as Influencer));
        }
        if (!cancelled) setVersion((v) => v + 1);
      });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return known;
}
