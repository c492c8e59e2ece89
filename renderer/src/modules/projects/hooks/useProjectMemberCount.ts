import { useEffect, useState } from 'react';
import { getCrmRuntime } from '../../../app/crmRuntime';

/**
 * How many influencers are in a project, live. RxDB counts only selectors an index serves
 * whole (projectId+influencerId here), so this counts the project's records: today only
 * memberships carry a projectId (the app writes "" on every other record).
 */
export function useProjectMemberCount(projectId: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = db.records.count({ selector: { projectId } }).$.subscribe(setCount);
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [projectId]);
  return count;
}
