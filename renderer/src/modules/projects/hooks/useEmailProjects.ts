import { useEffect, useState } from 'react';
import { sortEmailProjects, type EmailProject } from '../../../../../shared/records/emailProject';
import { getCrmRuntime } from '../../../app/crmRuntime';

const NONE: EmailProject[] = [];

/** The team's email projects, live, active first then by name (a team has tens, not thousands). */
export function useEmailProjects(): EmailProject[] {
  const [projects, setProjects] = useState<EmailProject[]>(NONE);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = db.emailProjects.find().$.subscribe((docs) => setProjects(sortEmailProjects(docs.map((d) => d.toJSON() as EmailProject))));
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);
  return projects;
}
