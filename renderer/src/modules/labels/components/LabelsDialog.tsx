import CallMergeIcon from '@mui/icons-material/CallMerge';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import LabelOutlinedIcon from '@mui/icons-material/LabelOutlined';
import PaletteOutlinedIcon from '@mui/icons-material/PaletteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type FormEvent } from 'react';
import type { Label } from '../../../../../shared/labels/label';
import { canMergeOrDeleteLabels } from '../../../../../shared/labels/labelPermissions';
import { LABEL_COLORS } from '../../../../../shared/labels/labelRules';
import { describeCarrying } from '../../../../../shared/labels/planLabelChanges';
import { projection } from '../../../app/crmRuntime';
import { useProjectionVersion } from '../../influencers/hooks/useProjectionVersion';
import { useBulkOperationStore } from '../../influencers/stores/bulkOperationStore';
import { usePermissionContext } from '../../team/permissionContext';
import { createLabel, recolorLabel, renameLabel, type LabelResult } from '../commands/labelCommands';
import { colorName } from '../labelColorNames';
import { useLabelStore } from '../labelStore';
import { labelCommandContext, runLabelRemoval } from '../runLabelOperation';
import { LabelColorPicker } from './LabelColorPicker';

/** How many influencers carry each label, from the list's projection (recounted as it changes). */
function useCarryingCounts(open: boolean): ReadonlyMap<string, number> {
  const version = useProjectionVersion();
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (!open) return counts;
    for (const row of projection.allRows()) for (const id of row.labelIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the projection mutates in place; its version says when
  }, [open, version]);
}

async function run(command: () => Promise<LabelResult>, onError: (message: string | null) => void): Promise<boolean> {
  try {
    const result = await command();
    if (result.status === 'invalid') {
      onError(result.reason);
      return false;
    }
    onError(null);
    return true;
  } catch (error) {
    onError(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

function NewLabelForm({ onError }: { onError(message: string | null): void }) {
  const [name, setName] = useState('');
  const [color, setColor] = useState<string>(LABEL_COLORS[3]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => createLabel(await labelCommandContext(), { name, color }), onError).then((ok) => ok && setName(''));
  };
  return (
    <Stack component="form" onSubmit={submit} spacing={1.5} aria-label="New label" sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField size="small" label="Label name" value={name} onChange={(e) => setName(e.target.value)} sx={{ flex: 1 }} />
        <Button type="submit" variant="contained">Create label</Button>
      </Stack>
      <LabelColorPicker label="Color of the new label" value={color} onChange={setColor} />
    </Stack>
  );
}

type Editing = { kind: 'rename'; label: Label } | { kind: 'merge'; label: Label } | { kind: 'delete'; label: Label } | null;

function LabelRow({ label, count, mayRemove, onEdit, onError }: { label: Label; count: number; mayRemove: string | null; onEdit(editing: Editing): void; onError(message: string | null): void }) {
  const [colorMenu, setColorMenu] = useState<HTMLElement | null>(null);
  const recolor = (color: string) => {
    setColorMenu(null);
    void run(async () => recolorLabel(await labelCommandContext(), label.id, color), onError);
  };
  return (
    <Stack direction="row" role="listitem" aria-label={label.name} spacing={1} sx={{ alignItems: 'center', py: 0.5 }}>
      <Box aria-hidden sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: label.color, flex: 'none' }} />
      <Typography sx={{ flex: 1, minWidth: 0 }} noWrap>{label.name}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {count.toLocaleString('en-US')} {count === 1 ? 'influencer' : 'influencers'}
      </Typography>
      <IconButton size="small" aria-label={`Rename ${label.name}`} onClick={() => onEdit({ kind: 'rename', label })}><EditOutlinedIcon fontSize="small" /></IconButton>
      <IconButton size="small" aria-label={`Change color of ${label.name}`} aria-haspopup="menu" onClick={(e) => setColorMenu(e.currentTarget)}><PaletteOutlinedIcon fontSize="small" /></IconButton>
      {/* A disabled button shows no tooltip: the wrapper carries the reason (also said above the list). */}
      <span title={mayRemove ?? undefined}>
        <IconButton size="small" aria-label={`Merge ${label.name}`} disabled={mayRemove !== null} onClick={() => onEdit({ kind: 'merge', label })}><CallMergeIcon fontSize="small" /></IconButton>
      </span>
      <span title={mayRemove ?? undefined}>
        <IconButton size="small" aria-label={`Delete ${label.name}`} disabled={mayRemove !== null} onClick={() => onEdit({ kind: 'delete', label })}><DeleteOutlineIcon fontSize="small" /></IconButton>
      </span>
      <Menu anchorEl={colorMenu} open={colorMenu !== null} onClose={() => setColorMenu(null)}>
        {LABEL_COLORS.map((color) => (
          <MenuItem key={color} selected={color === label.color} onClick={() => recolor(color)}>
            <Box aria-hidden sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: color, mr: 1 }} />
            {colorName(color)}
          </MenuItem>
        ))}
      </Menu>
    </Stack>
  );
}

function RenameDialog({ label, onClose }: { label: Label; onClose(): void }) {
  const [name, setName] = useState(label.name);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => renameLabel(await labelCommandContext(), label.id, name), setError).then((ok) => ok && onClose());
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="rename-label-title">
      <form onSubmit={submit}>
        <DialogTitle id="rename-label-title">Rename {label.name}</DialogTitle>
        <DialogContent>
          <TextField autoFocus size="small" label="New name" value={name} onChange={(e) => setName(e.target.value)} error={error !== null} helperText={error ?? ' '} sx={{ mt: 1, minWidth: 320 }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">Save</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function MergeDialog({ label, count, labels, onClose, onConfirmed }: { label: Label; count: number; labels: readonly Label[]; onClose(): void; onConfirmed(): void }) {
  const others = labels.filter((l) => l.id !== label.id);
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const into = others.find((l) => l.id === intoId);
  const merge = () => {
    onConfirmed();
    void runLabelRemoval({ kind: 'mergeLabel', fromId: label.id, intoId });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="merge-label-title">
      <DialogTitle id="merge-label-title">Merge {label.name} into another label</DialogTitle>
      <DialogContent>
        <TextField select size="small" label="Merge into" value={intoId} onChange={(e) => setIntoId(e.target.value)} sx={{ mt: 1, minWidth: 320 }}>
          {others.map((l) => <MenuItem key={l.id} value={l.id}>{l.name}</MenuItem>)}
        </TextField>
        <DialogContentText sx={{ mt: 2 }}>
          {describeCarrying(count)} {label.name}: {into === undefined ? 'choose the label they get instead' : `they get ${into.name} instead`}, and {label.name} is deleted for the whole team. Undo takes it back.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={into === undefined} onClick={merge}>Merge</Button>
      </DialogActions>
    </Dialog>
  );
}

function DeleteDialog({ label, count, onClose, onConfirmed }: { label: Label; count: number; onClose(): void; onConfirmed(): void }) {
  const remove = () => {
    onConfirmed();
    void runLabelRemoval({ kind: 'deleteLabel', labelId: label.id });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-label-title" aria-describedby="delete-label-text">
      <DialogTitle id="delete-label-title">Delete the label {label.name}?</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-label-text">
          {describeCarrying(count)} this label. Deleting it removes it from {count === 1 ? 'that influencer' : 'them'} and from the whole team. Undo takes it back.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" color="error" onClick={remove}>Delete label</Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * The team's labels (reference 003's colored groups): create, rename, recolor, merge two,
 * delete. Every member creates, renames and recolors; merging and deleting are for
 * Administrators (shared/labels/labelPermissions.ts), and the dialog says so.
 */
export function LabelsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const labels = useLabelStore((s) => s.live);
  const counts = useCarryingCounts(open);
  const permissions = usePermissionContext();
  const busy = useBulkOperationStore((s) => s.progress !== null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const permission = permissions === null ? { allowed: false as const, reason: 'Signing in…' } : canMergeOrDeleteLabels(permissions.actor);
  const mayRemove = !permission.allowed ? permission.reason : busy ? 'Wait until the running operation has finished.' : null;
  const countOf = (id: string) => counts.get(id) ?? 0;
  // After a merge or delete is confirmed the Labels dialog closes too: the list shows the
  // operation's progress and result, with Undo.
  const confirmed = () => {
    setEditing(null);
    onClose();
  };
  return (
    <>
      <Dialog open={open} onClose={onClose} aria-labelledby="labels-title" fullWidth maxWidth="sm">
        <DialogTitle id="labels-title">Labels</DialogTitle>
        <DialogContent>
          <NewLabelForm onError={setError} />
          {error !== null && <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError(null)}>{error}</Alert>}
          {!permission.allowed && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{permission.reason}</Typography>}
          {labels.length === 0 ? (
            <Typography color="text.secondary">No labels yet.</Typography>
          ) : (
            <Box role="list" aria-label="Team labels">
              {labels.map((label) => (
                <LabelRow key={label.id} label={label} count={countOf(label.id)} mayRemove={mayRemove} onEdit={setEditing} onError={setError} />
              ))}
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Done</Button>
        </DialogActions>
      </Dialog>
      {editing?.kind === 'rename' && <RenameDialog label={editing.label} onClose={() => setEditing(null)} />}
      {editing?.kind === 'merge' && <MergeDialog label={editing.label} count={countOf(editing.label.id)} labels={labels} onClose={() => setEditing(null)} onConfirmed={confirmed} />}
      {editing?.kind === 'delete' && <DeleteDialog label={editing.label} count={countOf(editing.label.id)} onClose={() => setEditing(null)} onConfirmed={confirmed} />}
    </>
  );
}

/** The list toolbar's "Labels" button and its dialog. */
export function LabelsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<LabelOutlinedIcon />} onClick={() => setOpen(true)}>Labels</Button>
      <LabelsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
