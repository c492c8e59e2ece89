import { useEffect, useState } from 'react';
import { getCrmRuntime } from '../../../app/crmRuntime';

/** How many influencers are in a project, live (served by the projectId+influencerId index). */
export function useProjectMemberCount(projectId: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = db.records.count({ selector: { projectId, type: 'project_member' } }).$.subscribe(setCount);
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [projectId]);
  return count;
}
