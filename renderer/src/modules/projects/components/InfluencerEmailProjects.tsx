import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { CrmRecord } from '../../../../../shared/records/crmRecord';
import { useEmailProjects } from '../hooks/useEmailProjects';

/**
 * The email projects an influencer is in, by name. A project that has not reached this app
 * yet (its membership synced first) shows as such rather than as an id.
 */
export function InfluencerEmailProjects({ memberships }: { memberships: readonly CrmRecord[] }) {
  const projects = useEmailProjects();
  const byId = useMemo(() => new Map(projects.map((p) => [p.id, p])), [projects]);
  if (memberships.length === 0) return <Typography variant="body2" color="text.secondary">Not in any email project yet.</Typography>;
  const rows = memberships
    .map((m) => ({ id: m.id, project: byId.get(m.projectId) }))
    .sort((a, b) => (a.project?.name ?? '\uffff').localeCompare(b.project?.name ?? '\uffff', undefined, { sensitivity: 'base' }));
  return (
    <ul aria-label="Email projects">
      {rows.map(({ id, project }) => (
        <li key={id}>{project === undefined ? 'A project not received yet' : project.archived ? `${project.name} (archived)` : project.name}</li>
      ))}
    </ul>
  );
}
