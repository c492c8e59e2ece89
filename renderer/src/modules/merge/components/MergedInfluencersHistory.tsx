import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useMemo, useState } from 'react';
import { getCrmRuntime, projection } from '../../../app/crmRuntime';
import { influencerHref } from '../../../app/navigation';
import { ActivityDays } from '../../activity/ActivityDays';
import { useActivityFeed } from '../../activity/useActivityFeed';
import { observeMergedIds } from '../observeMergedIds';

/** The influencers merged into this one, live; [] while none. */
function useMergedIds(survivorId: string): readonly string[] {
  const [ids, setIds] = useState<readonly string[]>([]);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void getCrmRuntime().then(({ db }) => {
      if (cancelled) return;
      const subscription = observeMergedIds(db, survivorId).subscribe(setIds);
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [survivorId]);
  return ids;
}

/**
 * On a survivor's page, the history of each influencer merged into it. The log is never
 * rewritten: the merged influencers keep their entries, and their `mergedInto` pointer is
 * what brings them here.
 */
export function MergedInfluencersHistory({ survivorId }: { survivorId: string }) {
  const ids = useMergedIds(survivorId);
  return ids.map((id) => <MergedHistory key={id} influencerId={id} />);
}

function MergedHistory({ influencerId }: { influencerId: string }) {
  const headingId = useId();
  const feed = useActivityFeed(useMemo(() => ({ kinds: null, actorId: null, influencerId }), [influencerId]), { pageSize: 50, scanTarget: 200 });
  const name = projection.getRow(influencerId)?.name ?? 'a merged influencer';
  const title = `History of ${name} (merged into this one)`;
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby={headingId}>
      <Typography variant="h6" component="h2" id={headingId}>
        {title} · <a href={influencerHref(influencerId)}>open</a>
      </Typography>
      {feed.entries.length > 0 && <ActivityDays entries={feed.entries} label={title} />}
      {!feed.loading && !feed.complete && <Button size="small" onClick={feed.loadMore}>Show older</Button>}
    </Paper>
  );
}
