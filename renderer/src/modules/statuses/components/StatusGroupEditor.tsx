import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { addStatus, recolorStatus, renameStatus, restoreStatus, retireStatus } from '../../../../../shared/statuses/editStatusCatalog';
import { moveStatus } from '../../../../../shared/statuses/moveStatus';
import { MAX_STATUS_LABEL_LENGTH, type StatusCatalog, type StatusEntry } from '../../../../../shared/statuses/statusCatalog';
import { STATUS_GROUP_LABELS, type StatusGroup } from '../../../../../shared/statuses/statusGroups';
import { statusesForGroup } from '../../../../../shared/statuses/statusLookup';
import { colorChoices, STATUS_COLORS } from '../statusColors';
import type { ApplyCatalogEdit } from './StatusesPanel';

function Swatch({ color }: { color: string }) {
  return <Box aria-hidden sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: color, border: 1, borderColor: 'divider', flex: 'none' }} />;
}

/** One status group's statuses: the active ones in order with their controls, the retired ones to restore, and a form to add one. */
export function StatusGroupEditor({ group, catalog, editable, apply }: { group: StatusGroup; catalog: StatusCatalog; editable: boolean; apply: ApplyCatalogEdit }) {
  const headingId = useId();
  const name = STATUS_GROUP_LABELS[group];
  const [error, setError] = useState<string | null>(null);
  const [newLabel, setNewLabel] = useState('');
  const [newColor, setNewColor] = useState('#1e88e5');
  const active = statusesForGroup(catalog, group);
  const retired = statusesForGroup(catalog, group, { includeRetired: true }).filter((s) => s.retired);

  const run: ApplyCatalogEdit = async (edit) => {
    setError(null);
    const problem = await apply(edit);
    setError(problem);
    return problem;
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const label = newLabel;
    const problem = await run((c) => addStatus(c, { id: crypto.randomUUID(), group, label, color: newColor }));
    if (problem === null) setNewLabel('');
  };

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1}>
      <Typography variant="h6" component="h2" id={headingId}>{name} statuses</Typography>
      {error !== null && <Alert severity="error" onClose={() => setError(null)}>{error}</Alert>}
      <Stack component="ol" aria-label={`${name} statuses`} spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {active.map((status, index) => (
          <StatusRow key={status.id} status={status} first={index === 0} last={index === active.length - 1} editable={editable} run={run} />
        ))}
      </Stack>
      {retired.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3">Retired {name} statuses</Typography>
          <Stack component="ul" aria-label={`Retired ${name} statuses`} spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {retired.map((status) => (
              <Stack key={status.id} component="li" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Swatch color={status.color} />
                <Typography sx={{ minWidth: 200 }}>{status.label}</Typography>
                <Button size="small" disabled={!editable} aria-label={`Restore ${status.label}`} onClick={() => void run((c) => restoreStatus(c, status.id))}>
                  Restore
                </Button>
              </Stack>
            ))}
          </Stack>
        </>
      )}
      {editable && (
        <Stack direction="row" spacing={1} component="form" aria-label={`Add ${name} status`} onSubmit={(e) => void add(e)} sx={{ alignItems: 'flex-start', pt: 1 }}>
          <TextField size="small" label={`New ${name} status`} value={newLabel} onChange={(e) => setNewLabel(e.target.value)} slotProps={{ htmlInput: { maxLength: MAX_STATUS_LABEL_LENGTH } }} />
          <TextField select size="small" label="Color" value={newColor} onChange={(e) => setNewColor(e.target.value)} slotProps={{ select: { native: true } }}>
            {STATUS_COLORS.map((c) => <option key={c.value} value={c.value}>{c.name}</option>)}
          </TextField>
          <Button type="submit" variant="contained">Add status</Button>
        </Stack>
      )}
    </Stack>
  );
}

function StatusRow({ status, first, last, editable, run }: { status: StatusEntry; first: boolean; last: boolean; editable: boolean; run: ApplyCatalogEdit }) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const label = draft;
    if ((await run((c) => renameStatus(c, status.id, label))) === null) setDraft(null);
  };

  return (
    <Stack component="li" direction="row" spacing={1} aria-label={status.label} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <IconButton size="small" disabled={!editable || first} aria-label={`Move ${status.label} up`} onClick={() => void run((c) => moveStatus(c, status.id, -1))}>
        <ArrowUpwardIcon fontSize="small" />
      </IconButton>
      <IconButton size="small" disabled={!editable || last} aria-label={`Move ${status.label} down`} onClick={() => void run((c) => moveStatus(c, status.id, 1))}>
        <ArrowDownwardIcon fontSize="small" />
      </IconButton>
      <Swatch color={status.color} />
      {draft === null ? (
        <Typography sx={{ width: 240 }}>{status.label}</Typography>
      ) : (
        <Stack direction="row" spacing={1} component="form" aria-label={`Rename ${status.label}`} onSubmit={(e) => void save(e)}
          onKeyDown={(e) => { if (e.key === 'Escape') setDraft(null); }}>
          <TextField size="small" label="Status name" value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} slotProps={{ htmlInput: { maxLength: MAX_STATUS_LABEL_LENGTH } }} />
          <Button type="submit" size="small" variant="contained">Save</Button>
          <Button size="small" onClick={() => setDraft(null)}>Cancel</Button>
        </Stack>
      )}
      <TextField
        select
        size="small"
        value={status.color}
        disabled={!editable}
        onChange={(e) => {
          const color = e.target.value;
          void run((c) => recolorStatus(c, status.id, color));
        }}
        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Color of ${status.label}` } }}
        sx={{ width: 180 }}
      >
        {colorChoices(status.color).map((c) => <option key={c.value} value={c.value}>{c.name}</option>)}
      </TextField>
      {status.predefined ? (
        <Typography variant="caption" color="text.secondary">Predefined: keeps its name</Typography>
      ) : (
        <>
          {draft === null && (
            <Button size="small" disabled={!editable} aria-label={`Rename ${status.label}`} onClick={() => setDraft(status.label)}>Rename</Button>
          )}
          <Button size="small" disabled={!editable} aria-label={`Retire ${status.label}`} onClick={() => void run((c) => retireStatus(c, status.id))}>Retire</Button>
        </>
      )}
    </Stack>
  );
}
