import Button from '@mui/material/Button';
import List from '@mui/material/List';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Fragment, useMemo, useState } from 'react';
import type { Activity } from '../../../../shared/activity';
import { formatDate } from '../../components/formatting';
import { ActivityEntry } from '../activity/ActivityEntry';
import { ACTIVITY_FILTERS, filterActivities, isActivityFilterValue, type ActivityFilter } from '../activity/activityFilters';
import { groupActivitiesByDay } from '../activity/groupActivitiesByDay';
import { memberName } from '../members/memberName';
import { useStatusCatalog } from './useStatusCatalog';

const ALL = '';
/** Entries rendered at first: 2,000 entries must not make the page slow to open. */
const PAGE = 200;

/** The influencer's activity, newest first, grouped by day and filterable by kind and member. */
export function InfluencerActivityLog({ activities }: { activities: readonly Activity[] }) {
  const catalog = useStatusCatalog();
  const [filter, setFilter] = useState<ActivityFilter>({ kind: null, actorId: null });
  const [shown, setShown] = useState(PAGE);
  const actors = useMemo(() => [...new Set(activities.map((a) => a.actorId))].map((id) => ({ id, name: memberName(id) })).sort((a, b) => a.name.localeCompare(b.name)), [activities]);
  const matching = useMemo(() => filterActivities(activities, filter), [activities, filter]);
  const days = useMemo(() => groupActivitiesByDay(matching.slice(0, shown)), [matching, shown]);

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="activity-heading">
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" id="activity-heading" sx={{ flex: 1 }}>Activity</Typography>
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
          {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </TextField>
      </Stack>
      {matching.length === 0 ? (
        <Typography color="text.secondary">{activities.length === 0 ? 'No activity yet.' : 'No activity matches these filters.'}</Typography>
      ) : (
        <List dense aria-label="Activity">
          {days.map((d) => (
            <Fragment key={d.day}>
              {/* A heading, not an entry: kept out of the list's items for assistive technology. */}
              <li role="presentation">
                <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>{formatDate(d.startsAt)}</Typography>
              </li>
              {d.entries.map((a) => (
                <ActivityEntry key={a.id} entry={a} catalog={catalog} />
              ))}
            </Fragment>
          ))}
        </List>
      )}
      {matching.length > shown && (
        <Button size="small" onClick={() => setShown(shown + PAGE)}>{`Show more (${matching.length - shown} older)`}</Button>
      )}
    </Paper>
  );
}
