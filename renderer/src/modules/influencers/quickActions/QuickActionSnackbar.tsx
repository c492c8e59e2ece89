import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import { useQuickActionStore } from './quickActionStore';

/** What the last quick action did (or why not), with "Undo" after an archive or restore. */
export function QuickActionSnackbar() {
  const outcome = useQuickActionStore((s) => s.outcome);
  const dismiss = () => useQuickActionStore.getState().setOutcome(null);
  if (outcome === null) return null;
  const undo = outcome.undo;
  return (
    <Snackbar
      open
      key={outcome.message}
      // Errors stay until read; a result goes by itself.
      autoHideDuration={outcome.severity === 'error' ? null : 10_000}
      onClose={(_event, reason) => reason !== 'clickaway' && dismiss()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert
        severity={outcome.severity}
        role="status"
        aria-label="Quick action result"
        action={
          <>
            {undo !== null && (
              <Button color="inherit" size="small" onClick={() => { dismiss(); void undo(); }}>Undo</Button>
            )}
            <IconButton color="inherit" size="small" aria-label="Dismiss" onClick={dismiss}><CloseIcon fontSize="small" /></IconButton>
          </>
        }
      >
        {outcome.message}
      </Alert>
    </Snackbar>
  );
}
