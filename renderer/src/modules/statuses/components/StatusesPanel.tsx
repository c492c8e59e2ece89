import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { setInitialStatus, type CatalogEdit } from '../../../../../shared/statuses/editStatusCatalog';
import { readStatusCatalog } from '../../../../../shared/statuses/readStatusCatalog';
import type { StatusCatalog } from '../../../../../shared/statuses/statusCatalog';
import { STATUS_GROUPS } from '../../../../../shared/statuses/statusGroups';
import { statusesForGroup } from '../../../../../shared/statuses/statusLookup';
import { getCrmRuntime } from '../../../app/crmRuntime';
import { useTeamDirectory } from '../../team/teamDirectoryStore';
import { saveStatusCatalogEdit } from '../saveStatusCatalogEdit';
import { StatusGroupEditor } from './StatusGroupEditor';

/** Runs one catalog change; resolves to the refusal or failure in words, or null. */
export type ApplyCatalogEdit = (edit: (catalog: StatusCatalog) => CatalogEdit) => Promise<string | null>;

/**
 * Team settings → Statuses (reference 001): per status group, Administrators add, rename,
 * recolor, reorder and retire custom statuses and choose where new influencers start. Everyone
 * else reads the same screen with its controls disabled and the reason above them.
 */
export function StatusesPanel({ canEdit, actorId }: { canEdit: boolean; actorId: string }) {
  const storedValue = useTeamDirectory((s) => s.statusCatalogValue);
  const read = useMemo(() => readStatusCatalog(storedValue), [storedValue]);
  // A change shows at once; the stored catalog takes over as soon as it changes (the write
  // coming back, or another Administrator's).
  const [pending, setPending] = useState<{ over: unknown; catalog: StatusCatalog } | null>(null);
  const catalog = pending !== null && pending.over === storedValue ? pending.catalog : read.catalog;
  const [initialError, setInitialError] = useState<string | null>(null);
  const editable = canEdit && read.editable;

  const apply: ApplyCatalogEdit = async (edit) => {
    try {
      const { db } = await getCrmRuntime();
      const saved = await saveStatusCatalogEdit(db, actorId, edit);
      if (saved.status === 'refused') return saved.reason;
      if (saved.status === 'saved') setPending({ over: useTeamDirectory.getState().statusCatalogValue, catalog: saved.catalog });
      return null;
    } catch (e) {
      return `Not saved: ${e instanceof Error ? e.message : String(e)}`;
    }
  };

  const initialChoices = statusesForGroup(catalog, 'influencer');
  return (
    <Stack spacing={3}>
      <Typography variant="body2" color="text.secondary">
        Each influencer has one status per group. Predefined statuses keep their names; custom ones can be renamed and retired.
        A retired status stays on the influencers that have it but is no longer offered.
      </Typography>
      {!canEdit && <Alert severity="info">Only Administrators can change statuses.</Alert>}
      {read.problems.length > 0 && (
        <Alert severity="warning">
          {read.editable ? `The stored statuses could not be read (${read.problems.join('; ')}); the predefined ones apply until an Administrator changes them.` : read.problems.join(' ')}
        </Alert>
      )}
      <TextField
        select
        size="small"
        label="Initial collaboration status"
        value={catalog.initialStatusId}
        disabled={!editable}
        onChange={(e) => {
          const id = e.target.value;
          setInitialError(null);
          void apply((c) => setInitialStatus(c, id)).then(setInitialError);
        }}
        error={initialError !== null}
        helperText={initialError ?? 'Where influencers added to the CRM start.'}
        slotProps={{ select: { native: true } }}
        sx={{ maxWidth: 320 }}
      >
        {initialChoices.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
      </TextField>
      {STATUS_GROUPS.map((group) => (
        <StatusGroupEditor key={group} group={group} catalog={catalog} editable={editable} apply={apply} />
      ))}
    </Stack>
  );
}
