import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { deactivateMember } from '../../../../../shared/team/deactivateMember';
import type { Member } from '../../../../../shared/team/member';
import { planMemberUpdate } from '../../../../../shared/team/planMemberUpdate';
import { ROLE_LABELS, ROLES, type Role } from '../../../../../shared/team/role';
import { teamApi } from '../teamApi';
import { useTeamDirectory } from '../teamDirectoryStore';
import { useTeamAction } from '../useTeamAction';
import { ActionOutcome } from './ActionOutcome';
import { AddMemberDialog } from './AddMemberDialog';

/** The team's members: role, group, deactivation (Administrators); a read-only list for others. */
export function MembersPanel({ canEdit, actorId }: { canEdit: boolean; actorId: string }) {
  const members = useTeamDirectory((s) => s.members);
  const groups = useTeamDirectory((s) => s.groups);
  const action = useTeamAction();
  const [adding, setAdding] = useState(false);

  const change = (member: Member, patch: { role?: Role; groupId?: string | null }) =>
    void action.run(
      (roster) => planMemberUpdate(roster, member.id, patch, Date.now()),
      (session) => teamApi.changeMember(session, member.id, patch),
    );
  const deactivate = (member: Member) => {
    if (!confirm(`Deactivate ${member.name}? They can no longer sign in; everything they did stays in the CRM.`)) return;
    void action.run(
      (roster) => deactivateMember(roster, actorId, member.id, Date.now()),
      (session) => teamApi.deactivateMember(session, member.id),
    );
  };

  return (
    <Stack spacing={2}>
      {canEdit && (
        <Stack direction="row">
          <Button variant="contained" onClick={() => setAdding(true)}>Add member</Button>
        </Stack>
      )}
      <ActionOutcome action={action} />
      <Table size="small" aria-label="Members">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Email</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Group</TableCell>
            <TableCell>Status</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((m) => (
            <TableRow key={m.id} aria-label={m.name}>
              <TableCell>{m.name}</TableCell>
              <TableCell>{m.email}</TableCell>
              <TableCell>
                {canEdit && m.active ? (
                  <TextField
                    select
                    size="small"
                    value={m.role}
                    disabled={action.busy}
                    onChange={(e) => change(m, { role: e.target.value as Role })}
                    slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Role of ${m.name}` } }}
                  >
                    {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
                  </TextField>
                ) : (
                  ROLE_LABELS[m.role]
                )}
              </TableCell>
              <TableCell>
                {canEdit && m.active && m.role !== 'admin' ? (
                  <TextField
                    select
                    size="small"
                    value={m.groupId ?? ''}
                    disabled={action.busy}
                    onChange={(e) => change(m, { groupId: e.target.value === '' ? null : e.target.value })}
                    slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Group of ${m.name}` } }}
                  >
                    <option value="">No group</option>
                    {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
                  </TextField>
                ) : (
                  (m.groupId === null ? '—' : (groups.find((g) => g.id === m.groupId)?.name ?? '—'))
                )}
              </TableCell>
              <TableCell>
                {!m.active ? (
                  <Chip size="small" label="Deactivated" />
                ) : canEdit && m.id !== actorId ? (
                  <Button size="small" color="warning" disabled={action.busy} onClick={() => deactivate(m)}>Deactivate</Button>
                ) : (
                  <Typography variant="body2">Active</Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <AddMemberDialog open={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
