import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { BulkChange } from '../commands/bulkChangeInfluencers';
import { isLabelBulkChange } from '../../labels/commands/labelBulkChanges';
import { labelBulkWords } from '../../labels/labelBulkWords';
import { useBulkOperationStore } from '../stores/bulkOperationStore';
import { influencerCount, refusalReasons } from './describeBulkResult';
import { runBulkChange } from './runBulkAction';

function title(change: BulkChange, n: string): string {
  if (isLabelBulkChange(change)) return labelBulkWords(change).title(n);
  switch (change.kind) {
    case 'archive':
      return `${change.archived ? 'Archive' : 'Restore'} ${n}?`;
    case 'status':
      return `Change the collaboration status of ${n}?`;
    case 'liaison':
      return `Change the liaison of ${n}?`;
  }
}

/** Before an operation over many influencers: how many will change, and how many the rules refuse. */
export function BulkPreviewDialog() {
  const pending = useBulkOperationStore((s) => s.pending);
  if (pending === null) return null;
  const { counts, change, ids } = pending;
  const close = () => useBulkOperationStore.getState().setPending(null);
  const untouched = counts.unchanged + counts.notFound;
  return (
    <Dialog open onClose={close} aria-labelledby="bulk-preview-title">
      <DialogTitle id="bulk-preview-title">{title(change, influencerCount(ids.length))}</DialogTitle>
      <DialogContent>
        <DialogContentText>{influencerCount(counts.changed)} will change.</DialogContentText>
        {counts.refused > 0 && (
          <DialogContentText>{influencerCount(counts.refused)} will be refused by your permissions: {refusalReasons(counts)}</DialogContentText>
        )}
        {untouched > 0 && <DialogContentText>{influencerCount(untouched)} already as chosen, or no longer in the CRM.</DialogContentText>}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button variant="contained" disabled={counts.changed === 0} onClick={() => void runBulkChange(ids, change)}>
          Apply to {influencerCount(counts.changed)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
