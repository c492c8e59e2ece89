import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { Fragment, useMemo } from 'react';
import type { Activity } from '../../../../shared/activity';
import { formatDate } from '../../components/formatting';
import { useStatusCatalog } from '../details/useStatusCatalog';
import { ActivityEntry } from './ActivityEntry';
import { groupActivitiesByDay } from './groupActivitiesByDay';
import { useInfluencerNames } from './useInfluencerNames';

/** Entries of several influencers grouped by day, each naming and linking its influencer. */
export function ActivityDays({ entries, label }: { entries: readonly Activity[]; label: string }) {
  const catalog = useStatusCatalog();
  const names = useInfluencerNames(useMemo(() => entries.map((e) => e.influencerId), [entries]));
  const days = useMemo(() => groupActivitiesByDay(entries), [entries]);
  return (
    <List dense aria-label={label}>
      {days.map((d) => (
        <Fragment key={d.day}>
          {/* A heading, not an entry: kept out of the list's items for assistive technology. */}
          <li role="presentation">
            <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>{formatDate(d.startsAt)}</Typography>
          </li>
          {d.entries.map((a) => <ActivityEntry key={a.id} entry={a} catalog={catalog} influencerName={names.get(a.influencerId) ?? '…'} />)}
        </Fragment>
      ))}
    </List>
  );
}
