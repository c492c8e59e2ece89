import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import { useMergeStore } from '../mergeStore';
import { undoLastMerge } from '../runMerge';

/** The last merge's result, with "Undo", until dismissed. */
export function MergeOutcomeSnackbar() {
  const outcome = useMergeStore((s) => s.outcome);
  const busy = useMergeStore((s) => s.busy);
  if (outcome === null) return null;
  return (
    <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
      <Alert
        severity={outcome.severity}
        role="status"
        aria-label="Merge result"
        action={
          <>
            {outcome.undo !== null && <Button color="inherit" size="small" disabled={busy} onClick={() => void undoLastMerge()}>Undo</Button>}
            <IconButton color="inherit" size="small" aria-label="Dismiss" onClick={() => useMergeStore.getState().setOutcome(null)}><CloseIcon fontSize="small" /></IconButton>
          </>
        }
      >
        {outcome.message}
      </Alert>
    </Snackbar>
  );
}
