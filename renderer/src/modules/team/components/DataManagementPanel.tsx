import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { GRANTEE_LABELS, GRANTEES, type Grantee } from '../../../../../shared/permissions/dataManagementSettings';
import { GUARDED_FIELD_LABELS, GUARDED_FIELDS, type GuardedField } from '../../../../../shared/permissions/guardedFields';
import { getCrmRuntime } from '../../../app/crmRuntime';
import { saveDataManagementSettings } from '../saveDataManagementSettings';
import { useTeamDirectory } from '../teamDirectoryStore';

/**
 * Who besides the liaison may change the guarded influencer fields (reference 000, "Team
 * Permissions – Data Management"). The contact email, labels and the other fields are
 * everyone's to change.
 */
export function DataManagementPanel({ canEdit, actorId }: { canEdit: boolean; actorId: string }) {
  const stored = useTeamDirectory((s) => s.dataManagement);
  const problems = useTeamDirectory((s) => s.settingsProblems);
  const [error, setError] = useState<string | null>(null);
  // A click shows at once; the stored settings take over as soon as they change (the write
  // coming back, or someone else's).
  const [pending, setPending] = useState<{ over: typeof stored; value: typeof stored } | null>(null);
  const settings = pending !== null && pending.over === stored ? pending.value : stored;

  const toggle = async (field: GuardedField, grantee: Grantee, granted: boolean) => {
    setError(null);
    const next = structuredClone(settings);
    next.grants[field][grantee] = granted;
    setPending({ over: stored, value: next });
    try {
      const { db } = await getCrmRuntime();
      await saveDataManagementSettings(db, actorId, next);
    } catch (e) {
      setPending(null);
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        By default only an influencer’s liaison may change its name, link, collaboration status and liaison, and archive or restore it.
        Grant these to other roles below. Everyone may change the contact email.
      </Typography>
      {!canEdit && <Alert severity="info">Only Administrators can change these settings.</Alert>}
      {problems.length > 0 && <Alert severity="warning">The stored settings could not be read ({problems.join('; ')}); only liaisons may change these fields until an Administrator saves them again.</Alert>}
      {error !== null && <Alert severity="error">{error}</Alert>}
      <Table size="small" aria-label="Data management">
        <TableHead>
          <TableRow>
            <TableCell>Field</TableCell>
            <TableCell>Liaison</TableCell>
            {GRANTEES.map((g) => <TableCell key={g}>{GRANTEE_LABELS[g]}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {GUARDED_FIELDS.map((field) => (
            <TableRow key={field}>
              <TableCell component="th" scope="row">{GUARDED_FIELD_LABELS[field]}</TableCell>
              <TableCell><Checkbox checked disabled slotProps={{ input: { 'aria-label': `The liaison may change ${GUARDED_FIELD_LABELS[field]}` } }} /></TableCell>
              {GRANTEES.map((grantee) => (
                <TableCell key={grantee}>
                  <Checkbox
                    checked={settings.grants[field][grantee]}
                    disabled={!canEdit}
                    onChange={(e) => void toggle(field, grantee, e.target.checked)}
                    slotProps={{ input: { 'aria-label': `${GRANTEE_LABELS[grantee]} may change ${GUARDED_FIELD_LABELS[field]}` } }}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}
