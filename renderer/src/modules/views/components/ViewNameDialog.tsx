import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { MAX_VIEW_NAME_LENGTH } from '../../../../../shared/schemas/viewSchema';

interface Props {
  title: string;
  submitLabel: string;
  initialName?: string;
  /** Resolves to an error to show, or null when done. */
  onSubmit(name: string): Promise<string | null>;
  onClose(): void;
}

/** Asks for a view's name: "New view", "Save as new view", "Rename view". */
export function ViewNameDialog({ title, submitLabel, initialName = '', onSubmit, onClose }: Props) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Give the view a name.');
      return;
    }
    setBusy(true);
    const problem = await onSubmit(name.trim());
    setBusy(false);
    if (problem === null) onClose();
    else setError(problem);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="view-name-title" fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="view-name-title">{title}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label="Name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            error={error !== null}
            helperText={error ?? `Up to ${MAX_VIEW_NAME_LENGTH} characters.`}
            slotProps={{ htmlInput: { maxLength: MAX_VIEW_NAME_LENGTH } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy}>{submitLabel}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
