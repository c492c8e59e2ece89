import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { ActivityDays } from './ActivityDays';
import { ActivityFeedFooter } from './ActivityFeedFooter';
import { ActivityFilterBar, feedFilterOf } from './ActivityFilterBar';
import type { ActivityFilter } from './activityFilters';
import { useActivityFeed } from './useActivityFeed';
import { useLoadWhenVisible } from './useLoadWhenVisible';

/** Every influencer's activity, newest first, grouped by day, filtered by kind and member. */
export function TeamActivityLog() {
  const [filter, setFilter] = useState<ActivityFilter>({ kind: null, actorId: null });
  const feed = useActivityFeed(useMemo(() => feedFilterOf(filter), [filter]));
  const sentinel = useLoadWhenVisible(feed.loadMore, !feed.loading && !feed.complete);

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-label="Team activity">
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography color="text.secondary" sx={{ flex: 1 }}>Every change to every influencer, newest first.</Typography>
        <ActivityFilterBar filter={filter} onChange={setFilter} />
      </Stack>
      {feed.entries.length > 0 && <ActivityDays entries={feed.entries} label="Team activity" showInfluencer />}
      <div ref={sentinel} />
      <ActivityFeedFooter feed={feed} filter={filter} />
    </Paper>
  );
}
