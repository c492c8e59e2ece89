import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type FormEvent } from 'react';
import { createGroup } from '../../../../../shared/team/createGroup';
import { deleteGroup } from '../../../../../shared/team/deleteGroup';
import type { Group } from '../../../../../shared/team/group';
import { renameGroup } from '../../../../../shared/team/renameGroup';
import { setGroupLeader } from '../../../../../shared/team/setGroupLeader';
import { teamApi } from '../teamApi';
import { useTeamDirectory } from '../teamDirectoryStore';
import { useTeamAction } from '../useTeamAction';
import { ActionOutcome } from './ActionOutcome';

/** Groups: create, rename, set the Team Leader, delete when empty (Administrators). */
export function GroupsPanel({ canEdit }: { canEdit: boolean }) {
  const groups = useTeamDirectory((s) => s.groups);
  const members = useTeamDirectory((s) => s.members);
  const action = useTeamAction();
  const [newName, setNewName] = useState('');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await action.run(
      (roster) => createGroup(roster, { id: 'new-group', name: newName }, Date.now()),
      (session) => teamApi.createGroup(session, newName),
    );
    if (ok) setNewName('');
  };
  const rename = (group: Group) => {
    const name = prompt(`New name for ${group.name}`, group.name);
    if (name === null || name.trim() === group.name) return;
    void action.run((roster) => renameGroup(roster, group.id, name, Date.now()), (session) => teamApi.changeGroup(session, group.id, { name }));
  };
  const setLeader = (group: Group, leaderId: string | null) =>
    void action.run((roster) => setGroupLeader(roster, group.id, leaderId, Date.now()), (session) => teamApi.changeGroup(session, group.id, { leaderId }));
  const remove = (group: Group) => {
    if (!confirm(`Delete the group ${group.name}?`)) return;
    void action.run((roster) => deleteGroup(roster, group.id, Date.now()), (session) => teamApi.deleteGroup(session, group.id));
  };

  return (
    <Stack spacing={2}>
      {canEdit && (
        <Stack direction="row" spacing={1} component="form" onSubmit={(e) => void create(e)} aria-label="Create group">
          <TextField size="small" label="New group" value={newName} onChange={(e) => setNewName(e.target.value)} required />
          <Button type="submit" variant="contained" disabled={action.busy}>Create group</Button>
        </Stack>
      )}
      <ActionOutcome action={action} />
      {groups.length === 0 && <Alert severity="info">No groups yet. Administrators create groups and assign members; a member is in at most one group.</Alert>}
      {groups.length > 0 && (
        <Table size="small" aria-label="Groups">
          <TableHead>
            <TableRow>
              <TableCell>Group</TableCell>
              <TableCell>Team Leader</TableCell>
              <TableCell>Members</TableCell>
              {canEdit && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {groups.map((g) => {
              const inGroup = members.filter((m) => m.groupId === g.id && m.active);
              return (
                <TableRow key={g.id} aria-label={g.name}>
                  <TableCell>{g.name}</TableCell>
                  <TableCell>
                    {canEdit ? (
                      <TextField
                        select
                        size="small"
                        value={g.leaderId ?? ''}
                        disabled={action.busy}
                        error={g.leaderId === null && inGroup.length > 0}
                        helperText={g.leaderId === null && inGroup.length > 0 ? 'No Team Leader: choose one.' : undefined}
                        onChange={(e) => setLeader(g, e.target.value === '' ? null : e.target.value)}
                        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Team Leader of ${g.name}` } }}
                      >
                        <option value="">No Team Leader</option>
                        {inGroup.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                      </TextField>
                    ) : (
                      (members.find((m) => m.id === g.leaderId)?.name ?? 'No Team Leader')
                    )}
                  </TableCell>
                  <TableCell>{inGroup.map((m) => m.name).join(', ') || '—'}</TableCell>
                  {canEdit && (
                    <TableCell align="right">
                      <Button size="small" onClick={() => rename(g)}>Rename</Button>
                      {inGroup.length > 0 ? (
                        <Tooltip title="Only an empty group can be deleted: move its members first.">
                          <span><Button size="small" disabled>Delete</Button></span>
                        </Tooltip>
                      ) : (
                        <Button size="small" color="error" onClick={() => remove(g)}>Delete</Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
