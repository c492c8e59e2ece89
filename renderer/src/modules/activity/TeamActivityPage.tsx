import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BulkOperationView } from './BulkOperationView';
import type { BatchRef } from './readBatch';
import { TeamActivityLog } from './TeamActivityLog';

/** The team-wide activity page: every influencer's log, or one bulk operation's entries. */
export function TeamActivityPage({ batch }: { batch: BatchRef | null }) {
  return (
    <Stack spacing={2} sx={{ p: 3, overflow: 'auto', flex: 1 }}>
      <Typography variant="h5" component="h1">Activity</Typography>
      {batch === null ? <TeamActivityLog /> : <BulkOperationView key={`${batch.at}/${batch.batchId}`} batch={batch} />}
    </Stack>
  );
}
