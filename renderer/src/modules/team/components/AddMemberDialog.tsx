import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { addTeamMember } from '../../../../../shared/team/addTeamMember';
import { ROLE_LABELS, ROLES, type Role } from '../../../../../shared/team/role';
import { teamApi } from '../teamApi';
import { useTeamDirectory } from '../teamDirectoryStore';
import { useTeamAction } from '../useTeamAction';
import { ActionOutcome } from './ActionOutcome';

const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password to hand over: 14 characters from an unambiguous alphabet (~80 bits). */
export function oneTimePassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return Array.from(bytes, (b) => PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length]).join('');
}

/** Adds a member with a one-time password the Administrator hands over. */
export function AddMemberDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const groups = useTeamDirectory((s) => s.groups);
  const action = useTeamAction();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [groupId, setGroupId] = useState('');
  const [password, setPassword] = useState(oneTimePassword);
  const [added, setAdded] = useState<string | null>(null);

  const reset = () => {
    setName('');
    setEmail('');
    setRole('member');
    setGroupId('');
    setPassword(oneTimePassword());
    setAdded(null);
    action.clear();
  };
  const close = () => {
    reset();
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const group = role === 'admin' || groupId === '' ? null : groupId;
    const ok = await action.run(
      (roster) => addTeamMember(roster, { id: 'new-member', name, email: email.trim().toLowerCase(), role, groupId: group }, Date.now()),
      (session) => teamApi.addMember(session, { name, email, password, role, groupId: group }),
    );
    if (ok) setAdded(`${name.trim()} can now sign in with ${email.trim()} and the one-time password ${password}.`);
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby="add-member-title" fullWidth maxWidth="sm">
      <DialogTitle id="add-member-title">Add member</DialogTitle>
      {added !== null ? (
        <>
          <DialogContent>
            <DialogContentText role="status">{added} Hand the password over in person or by another channel; it is shown only now.</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={reset}>Add another</Button>
            <Button onClick={close} variant="contained">Done</Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <DialogContent>
            <Stack spacing={2}>
              <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
              <TextField label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
              <TextField select label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} slotProps={{ select: { native: true } }}>
                {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
              </TextField>
              <TextField
                select
                label="Group"
                value={role === 'admin' ? '' : groupId}
                disabled={role === 'admin'}
                helperText={role === 'admin' ? 'Administrators are in no group.' : role === 'leader' ? 'A Team Leader leads the group they join.' : undefined}
                onChange={(e) => setGroupId(e.target.value)}
                slotProps={{ select: { native: true } }}
              >
                <option value="">No group</option>
                {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
              </TextField>
              <TextField label="One-time password" value={password} onChange={(e) => setPassword(e.target.value)} required helperText="The member signs in with it." />
              <ActionOutcome action={action} />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="contained" disabled={action.busy}>Add member</Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
