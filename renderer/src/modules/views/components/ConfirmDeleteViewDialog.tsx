import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';

/** Asks before deleting a view: the members it is shared with lose it too. Influencers are not touched. */
export function ConfirmDeleteViewDialog({ name, onConfirm, onClose }: { name: string; onConfirm(): Promise<string | null>; onClose(): void }) {
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    const problem = await onConfirm();
    if (problem === null) onClose();
    else setError(problem);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-view-title">
      <DialogTitle id="delete-view-title">Delete view “{name}”?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The view goes for you and for everyone it is shared with. The influencers it shows are not changed.
        </DialogContentText>
        {error !== null && <DialogContentText color="error" role="alert">{error}</DialogContentText>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" variant="contained" onClick={() => void confirm()}>Delete</Button>
      </DialogActions>
    </Dialog>
  );
}
