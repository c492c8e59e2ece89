import { useEffect, useState } from 'react';
import type { CrmRecord } from '../../../../../shared/records/crmRecord';
import { getCrmRuntime } from '../../../app/crmRuntime';

const NONE: CrmRecord[] = [];

/** The influencer's Overview records, newest first, live (served by the influencerId+createdAt index). */
export function useInfluencerRecords(influencerId: string): CrmRecord[] {
  const [records, setRecords] = useState<CrmRecord[]>(NONE);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = db.records
        .find({ selector: { influencerId }, sort: [{ createdAt: 'desc' }, { id: 'desc' }] })
        .$.subscribe((docs) => setRecords(docs.map((d) => d.toJSON() as CrmRecord)));
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [influencerId]);
  return records;
}
