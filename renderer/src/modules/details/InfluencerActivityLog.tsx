import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { ActivityDays } from '../activity/ActivityDays';
import { ActivityFeedFooter } from '../activity/ActivityFeedFooter';
import { ActivityFilterBar, feedFilterOf } from '../activity/ActivityFilterBar';
import type { ActivityFilter } from '../activity/activityFilters';
import { useActivityFeed } from '../activity/useActivityFeed';

/**
 * Entries read and rendered per step: more than the log shows below the header and Overview.
 * The log is read newest first a page at a time on the influencerId+at index, so 2,000
 * entries cost the page no more than 25 to open.
 */
const PAGE = 25;

/** The influencer's activity, newest first, grouped by day and filterable by kind and member. */
export function InfluencerActivityLog({ influencerId }: { influencerId: string }) {
  const [filter, setFilter] = useState<ActivityFilter>({ kind: null, actorId: null });
  const feed = useActivityFeed(useMemo(() => feedFilterOf(filter, influencerId), [filter, influencerId]), { pageSize: PAGE, scanTarget: 4 * PAGE });
  const actorIds = useMemo(() => feed.entries.map((e) => e.actorId), [feed.entries]);

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="activity-heading">
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" id="activity-heading" sx={{ flex: 1 }}>Activity</Typography>
        <ActivityFilterBar filter={filter} onChange={setFilter} actorIds={actorIds} />
      </Stack>
      {feed.entries.length > 0 && <ActivityDays entries={feed.entries} label="Activity" />}
      <ActivityFeedFooter feed={feed} filter={filter} />
    </Paper>
  );
}
