import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTeamDirectory } from '../team/teamDirectoryStore';
import { memberName } from '../members/memberName';
import { ACTIVITY_FILTERS, isActivityFilterValue, type ActivityFilter } from './activityFilters';
import type { FeedFilter } from './activityFeed';

const ALL = '';

/** The reader's filter for a chosen kind and member. */
export function feedFilterOf(filter: ActivityFilter, influencerId: string | null = null): FeedFilter {
  return { kinds: filter.kind === null ? null : (ACTIVITY_FILTERS.find((f) => f.value === filter.kind)?.kinds ?? []), actorId: filter.actorId, influencerId };
}

/**
 * "Kind" and "Member" selects. Members are the team's, plus anyone else seen in `actorIds`
 * (entries of made-up demo members, or of someone who left the team).
 */
export function ActivityFilterBar({ filter, onChange, actorIds = [] }: { filter: ActivityFilter; onChange: (filter: ActivityFilter) => void; actorIds?: readonly string[] }) {
  const members = useTeamDirectory((s) => s.members);
  const actorKey = [...new Set(actorIds)].sort().join('\n');
  const options = useMemo(() => {
    const ids = new Set([...members.map((m) => m.id), ...(actorKey === '' ? [] : actorKey.split('\n'))]);
    return [...ids].map((id) => ({ id, name: memberName(id) })).sort((a, b) => a.name.localeCompare(b.name));
  }, [members, actorKey]);
  return (
    <>
      <TextField
        select
        label="Kind"
        size="small"
        value={filter.kind ?? ALL}
        onChange={(e) => onChange({ ...filter, kind: isActivityFilterValue(e.target.value) ? e.target.value : null })}
        slotProps={{ select: { native: true } }}
        sx={{ minWidth: 200 }}
      >
        <option value={ALL}>All kinds</option>
        {ACTIVITY_FILTERS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
      </TextField>
      <TextField
        select
        label="Member"
        size="small"
        value={filter.actorId ?? ALL}
        onChange={(e) => onChange({ ...filter, actorId: e.target.value === ALL ? null : e.target.value })}
        slotProps={{ select: { native: true } }}
        sx={{ minWidth: 200 }}
      >
        <option value={ALL}>Everyone</option>
        {options.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </TextField>
    </>
  );
}
