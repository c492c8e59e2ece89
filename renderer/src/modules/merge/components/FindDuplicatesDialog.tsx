import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { DuplicateEvidence, DuplicateGroup } from '../../../../../shared/influencers/suggestDuplicateGroups';
import { findDuplicateGroups } from '../findDuplicateGroups';
import { projection } from '../../../app/crmRuntime';
import { useMergeStore } from '../mergeStore';

/** Suggestions listed at once; the rest are counted. */
const SHOWN = 200;

const EVIDENCE_WORDS: Record<DuplicateEvidence['kind'], string> = { account: 'same account', link: 'same link', email: 'same email', name: 'similar names' };

function nameOf(id: string): string {
  return projection.getRow(id)?.name ?? id;
}

/**
 * "Find duplicates": merge suggestions over the active influencers — the same account, link
 * or email, or names alike (suggestDuplicateGroups) — each with "Merge…" opening the merge
 * preview for that group.
 */
export function FindDuplicatesDialog() {
  const open = useMergeStore((s) => s.findOpen);
  const mergeOpen = useMergeStore((s) => s.ids !== null);
  const close = () => useMergeStore.getState().setFindOpen(false);
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" aria-labelledby="find-duplicates-title">
      <DialogTitle id="find-duplicates-title">Find duplicates</DialogTitle>
      {/* Mounted afresh after each merge, so the suggestions are read again. */}
      <DialogContent dividers>{open && !mergeOpen && <Suggestions />}</DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

function Suggestions() {
  const [groups, setGroups] = useState<DuplicateGroup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const rows = projection.allRows().flatMap((r) => (r.archived ? [] : [{ id: r.id, platform: r.platform, platformId: r.platformId, link: r.link, email: r.email, officialName: r.officialName }]));
    findDuplicateGroups(rows).then(
      (found) => !cancelled && setGroups(found),
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  if (error !== null) return <Alert severity="error">{error}</Alert>;
  if (groups === null) return <CircularProgress aria-label="Looking for duplicates" />;
  if (groups.length === 0) return <Alert severity="success">No duplicates found.</Alert>;
  return (
    <>
      <Typography>{`${groups.length.toLocaleString('en-US')} possible ${groups.length === 1 ? 'duplicate' : 'duplicates'}`}</Typography>
      <List aria-label="Duplicate suggestions">
        {groups.slice(0, SHOWN).map((group) => (
          <ListItem
            key={group.ids.join()}
            disableGutters
            secondaryAction={<Button size="small" variant="outlined" onClick={() => useMergeStore.getState().openMerge(group.ids)} aria-label={`Merge ${group.ids.map(nameOf).join(' and ')}`}>Merge…</Button>}
            sx={{ pr: 14 }}
          >
            <ListItemText
              primary={group.ids.map(nameOf).join(' · ')}
              secondary={[...new Set(group.evidence.map((e) => `${EVIDENCE_WORDS[e.kind]}: ${e.value}`))].slice(0, 3).join('; ')}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
