import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { passwordChanged } from '../../app/sessionLifecycle';
import { changePassword } from '../authApi';
import type { Session } from '../session';

/**
 * Shown after signing in with a one-time password an Administrator handed over: the member
 * chooses their own before going on (the server also says so on every later sign-in).
 */
export function ChangePasswordDialog({ session }: { session: Session }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await changePassword(session, current, next);
    setBusy(false);
    if (result.ok) await passwordChanged();
    else setError(result.message);
  };

  return (
    <Dialog open aria-labelledby="change-password-title">
      <form onSubmit={(e) => void submit(e)}>
        <DialogTitle id="change-password-title">Choose your password</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>You signed in with a one-time password from an Administrator. Choose a password only you know.</DialogContentText>
            <TextField label="One-time password" type="password" value={current} onChange={(e) => setCurrent(e.target.value)} required autoComplete="current-password" />
            <TextField label="New password" type="password" value={next} onChange={(e) => setNext(e.target.value)} required autoComplete="new-password" helperText="At least 8 characters." />
            {error !== null && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button type="submit" variant="contained" disabled={busy}>Save password</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
