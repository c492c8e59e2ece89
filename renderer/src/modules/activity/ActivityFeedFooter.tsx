import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivityFilter } from './activityFilters';
import type { ActivityFeedState } from './useActivityFeed';

/**
 * Below a log's entries: why it is empty (nothing yet, or nothing matching the filters), then
 * "Loading activity…" while a page is read, or "Show older" while older entries remain.
 */
export function ActivityFeedFooter({ feed, filter }: { feed: ActivityFeedState; filter: ActivityFilter }) {
  return (
    <>
      {feed.complete && feed.entries.length === 0 && (
        <Typography color="text.secondary" sx={{ mt: 2 }}>{filter.kind === null && filter.actorId === null ? 'No activity yet.' : 'No activity matches these filters.'}</Typography>
      )}
      {feed.loading ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1 }}>
          <CircularProgress size={16} aria-label="Loading activity" />
          <Typography variant="body2" color="text.secondary">Loading activity…</Typography>
        </Stack>
      ) : (
        !feed.complete && <Button size="small" onClick={feed.loadMore}>Show older</Button>
      )}
    </>
  );
}
