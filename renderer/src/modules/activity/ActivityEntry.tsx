import Link from '@mui/material/Link';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { Fragment, type ReactNode } from 'react';
import type { Activity } from '../../../../shared/activity';
import type { StatusCatalog } from '../../../../shared/statuses/statusCatalog';
import { activityHref, influencerHref } from '../../app/navigation';
import { memberName } from '../members/memberName';
import { useBatchSummary } from './batchSummaries';
import { describeActivity } from './describeActivity';
import { explainActivity } from './explainActivity';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "Part of a bulk operation (N influencers)", leading to the operation's other entries. */
export function BulkOperationLink({ batchId, at }: { batchId: string; at: number }) {
  const summary = useBatchSummary({ batchId, at });
  const count = summary === null ? '' : ` (${summary.influencers.toLocaleString('en-US')} ${summary.influencers === 1 ? 'influencer' : 'influencers'})`;
  return <Link href={activityHref({ batchId, at })}>{`Part of a bulk operation${count}`}</Link>;
}

/**
 * One log entry: who did what, when, why it is unusual, and its bulk operation. With
 * `influencerName` (the team-wide log) it also names and links the influencer.
 */
export function ActivityEntry({ entry, catalog, influencerName }: { entry: Activity; catalog: StatusCatalog; influencerName?: string }) {
  const what = `${memberName(entry.actorId)} ${describeActivity(entry, catalog)}`;
  // Label management entries carry the label's id where others carry the influencer's: no influencer to name.
  const aboutLabel = entry.kind === 'label_created' || entry.kind === 'label_changed';
  const primary: ReactNode =
    influencerName === undefined || aboutLabel ? what : (
      <>
        <Link href={influencerHref(entry.influencerId)} sx={{ fontWeight: 500 }}>{influencerName}</Link>
        {` — ${what}`}
      </>
    );
  const parts: ReactNode[] = [time.format(entry.at)];
  const why = explainActivity(entry);
  if (why !== null) parts.push(why);
  if (entry.batchId !== null) parts.push(<BulkOperationLink batchId={entry.batchId} at={entry.at} />);
  return (
    <ListItem disableGutters data-activity-id={entry.id}>
      <ListItemText
        primary={primary}
        secondary={parts.map((part, i) => <Fragment key={i}>{i > 0 && ' · '}{part}</Fragment>)}
      />
    </ListItem>
  );
}
