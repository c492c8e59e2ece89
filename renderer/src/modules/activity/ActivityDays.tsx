import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { Fragment, useMemo } from 'react';
import type { Activity } from '../../../../shared/activity';
import { formatDate } from '../../components/formatting';
import { useStatusCatalog } from '../details/useStatusCatalog';
import { ActivityEntry } from './ActivityEntry';
import { groupActivitiesByDay } from './groupActivitiesByDay';
import { useInfluencerNames } from './useInfluencerNames';

const NO_IDS: readonly string[] = [];

/** Entries grouped by day; with `showInfluencer`, each names and links its influencer. */
export function ActivityDays({ entries, label, showInfluencer = false }: { entries: readonly Activity[]; label: string; showInfluencer?: boolean }) {
  const catalog = useStatusCatalog();
  const names = useInfluencerNames(useMemo(() => (showInfluencer ? entries.map((e) => e.influencerId) : NO_IDS), [entries, showInfluencer]));
  const days = useMemo(() => groupActivitiesByDay(entries), [entries]);
  return (
    <List dense aria-label={label}>
      {days.map((d) => (
        <Fragment key={d.day}>
          {/* A heading, not an entry: kept out of the list's items for assistive technology. */}
          <li role="presentation">
            <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>{formatDate(d.startsAt)}</Typography>
          </li>
          {d.entries.map((a) => (
            <ActivityEntry key={a.id} entry={a} catalog={catalog} influencerName={showInfluencer ? (names.get(a.influencerId) ?? '…') : undefined} />
          ))}
        </Fragment>
      ))}
    </List>
  );
}
