import { useMemo } from 'react';
import { readStatusCatalog } from '../../../../shared/statuses/readStatusCatalog';
import type { StatusCatalog } from '../../../../shared/statuses/statusCatalog';
import { useTeamDirectory } from '../team/teamDirectoryStore';

/** The team's status catalog as replicated (the predefined one until the team changes it). */
export function useStatusCatalog(): StatusCatalog {
  const value = useTeamDirectory((s) => s.statusCatalogValue);
  // Parsed once per replicated value, not per render: every status select reads it.
  return useMemo(() => readStatusCatalog(value).catalog, [value]);
}
