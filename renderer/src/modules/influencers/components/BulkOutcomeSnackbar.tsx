import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useBulkOperationStore } from '../stores/bulkOperationStore';
import { undoLastBulkChange } from './runBulkAction';

/**
 * Progress of a running bulk operation, then its result with "Undo". The result stays until
 * dismissed (and across a reload of the window), so an operation can be taken back later.
 */
export function BulkOutcomeSnackbar() {
  const progress = useBulkOperationStore((s) => s.progress);
  const outcome = useBulkOperationStore((s) => s.outcome);
  if (progress !== null) {
    const percent = progress.total === 0 ? undefined : Math.round((progress.done / progress.total) * 100);
    return (
      <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="info" icon={false} sx={{ width: 360 }}>
          <Stack spacing={1}>
            <Typography variant="body2">
              {progress.label}
              {progress.total > 0 ? ` — ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}` : '…'}
            </Typography>
            <LinearProgress aria-label={progress.label} variant={percent === undefined ? 'indeterminate' : 'determinate'} value={percent} />
          </Stack>
        </Alert>
      </Snackbar>
    );
  }
  if (outcome === null) return null;
  const dismiss = () => useBulkOperationStore.getState().setOutcome(null);
  return (
    <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert
        severity={outcome.severity}
        role="status"
        aria-label="Bulk operation result"
        action={
          <>
            {outcome.undo !== null && <Button color="inherit" size="small" onClick={() => void undoLastBulkChange()}>Undo</Button>}
            <IconButton color="inherit" size="small" aria-label="Dismiss" onClick={dismiss}><CloseIcon fontSize="small" /></IconButton>
          </>
        }
      >
        {outcome.message}
      </Alert>
    </Snackbar>
  );
}
