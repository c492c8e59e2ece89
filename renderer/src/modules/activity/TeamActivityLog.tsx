import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTeamDirectory } from '../team/teamDirectoryStore';
import { ActivityDays } from './ActivityDays';
import { ACTIVITY_FILTERS, isActivityFilterValue, type ActivityFilter } from './activityFilters';
import type { FeedFilter } from './activityFeed';
import { useActivityFeed } from './useActivityFeed';

const ALL = '';

/** Loads the next page when the end of the list scrolls into view (the button does it too). */
function useLoadWhenVisible(load: () => void, active: boolean) {
  const sentinel = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (element === null || !active) return;
    const observer = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && load(), { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [load, active]);
  return sentinel;
}

/** Every influencer's activity, newest first, grouped by day, filtered by kind and member. */
export function TeamActivityLog() {
  const members = useTeamDirectory((s) => s.members);
  const [filter, setFilter] = useState<ActivityFilter>({ kind: null, actorId: null });
  const feedFilter = useMemo<FeedFilter>(
    () => ({ kinds: filter.kind === null ? null : (ACTIVITY_FILTERS.find((f) => f.value === filter.kind)?.kinds ?? []), actorId: filter.actorId }),
    [filter],
  );
  const feed = useActivityFeed(feedFilter);
  const sentinel = useLoadWhenVisible(feed.loadMore, !feed.loading && !feed.complete);

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-label="Team activity">
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography color="text.secondary" sx={{ flex: 1 }}>Every change to every influencer, newest first.</Typography>
        <TextField
          select
          label="Kind"
          size="small"
          value={filter.kind ?? ALL}
          onChange={(e) => setFilter({ ...filter, kind: isActivityFilterValue(e.target.value) ? e.target.value : null })}
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
          onChange={(e) => setFilter({ ...filter, actorId: e.target.value === ALL ? null : e.target.value })}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 200 }}
        >
          <option value={ALL}>Everyone</option>
          {members.map((m) => <option key={m.id} value={m.id}>{m.active ? m.name : `${m.name} (deactivated)`}</option>)}
        </TextField>
      </Stack>
      {feed.entries.length > 0 && <ActivityDays entries={feed.entries} label="Team activity" />}
      {feed.complete && feed.entries.length === 0 && (
        <Typography color="text.secondary" sx={{ mt: 2 }}>{filter.kind === null && filter.actorId === null ? 'No activity yet.' : 'No activity matches these filters.'}</Typography>
      )}
      <div ref={sentinel} />
      {feed.loading ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1 }}>
          <CircularProgress size={16} aria-label="Loading activity" />
          <Typography variant="body2" color="text.secondary">Loading activity…</Typography>
        </Stack>
      ) : (
        !feed.complete && <Button size="small" onClick={feed.loadMore}>Show older</Button>
      )}
    </Paper>
  );
}
