import MergeIcon from '@mui/icons-material/MergeType';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useMergeStore } from '../mergeStore';

/** Most influencers one merge takes: the preview lists each of them. */
export const MAX_MERGE = 20;

/** "Merge" on the list's selection: two or more influencers that are the same person. */
export function MergeSelectionButton({ selectedIds }: { selectedIds: readonly string[] }) {
  const busy = useMergeStore((s) => s.busy);
  const why = selectedIds.length < 2 ? 'Select two or more influencers to merge.' : selectedIds.length > MAX_MERGE ? `Merge at most ${MAX_MERGE} influencers at once.` : null;
  return (
    <Tooltip title={why ?? ''}>
      <span>
        <Button size="small" variant="outlined" startIcon={<MergeIcon />} disabled={busy || why !== null} onClick={() => useMergeStore.getState().openMerge([...selectedIds])}>
          Merge
        </Button>
      </span>
    </Tooltip>
  );
}
