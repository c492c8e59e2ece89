import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { Activity } from '../../../../shared/activity';
import { activityHref } from '../../app/navigation';
import { getCrmRuntime } from '../../app/crmRuntime';
import { formatDateTime } from '../../components/formatting';
import { influencerCount } from '../influencers/components/describeBulkResult';
import type { BulkProgress } from '../influencers/commands/runBulkWrites';
import { useBulkOperationStore } from '../influencers/stores/bulkOperationStore';
import { memberName } from '../members/memberName';
import { commandContext } from '../team/commandContext';
import { currentMemberOrNull } from '../../session/sessionState';
import { ActivityDays } from './ActivityDays';
import { useBatchSummary } from './batchSummaries';
import { readBatch, type BatchRef, type BatchSummary } from './readBatch';
import { undoFromLog } from './undoFromLog';

/** Entries rendered at first; "Show more" adds as many again. */
const PAGE = 200;

type UndoState =
  | { state: 'idle' }
  | { state: 'running'; progress: BulkProgress | null }
  | { state: 'finished'; message: string; severity: 'success' | 'warning' | 'error'; undone: BatchRef | null };

/** Why "Undo" cannot be used here, in words; null when it can. */
function undoBlocked(summary: BatchSummary | null, actorId: string | null): string | null {
  if (summary === null) return null;
  if (!summary.undoable) return 'Nothing this operation changed can be undone from here.';
  if (summary.actorId !== actorId) return 'Only the member who made this change can undo it.';
  return null;
}

/** One bulk operation: its entries, who ran it, and "Undo". */
export function BulkOperationView({ batch }: { batch: BatchRef }) {
  const summary = useBatchSummary(batch);
  const [entries, setEntries] = useState<readonly Activity[] | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [undo, setUndo] = useState<UndoState>({ state: 'idle' });
  const me = currentMemberOrNull()?.id ?? null;
  const blocked = undoBlocked(summary, me);

  // Read again when the summary changes: entries of an operation still syncing arrive later.
  useEffect(() => {
    let cancelled = false;
    void getCrmRuntime()
      .then(({ db }) => readBatch(db.activities, batch))
      .then((read) => !cancelled && setEntries(read));
    return () => {
      cancelled = true;
    };
  }, [batch, summary]);

  const runUndo = async () => {
    // One bulk write at a time in this window (the list's operations included).
    if (undo.state === 'running' || useBulkOperationStore.getState().progress !== null) return;
    setUndo({ state: 'running', progress: null });
    try {
      const outcome = await undoFromLog(await commandContext(), batch, (progress) => setUndo({ state: 'running', progress }));
      if (outcome.status === 'refused') {
        setUndo({ state: 'finished', message: outcome.message, severity: 'error', undone: null });
        return;
      }
      const { result, message } = outcome;
      setUndo({
        state: 'finished',
        message,
        severity: result.refused > 0 ? 'warning' : 'success',
        undone: result.changed > 0 ? { batchId: result.batchId, at: result.startedAt } : null,
      });
      // The list's snackbar must not offer to undo it a second time.
      const snackbar = useBulkOperationStore.getState().outcome;
      if (snackbar?.undo?.batchId === batch.batchId) useBulkOperationStore.getState().setOutcome({ ...snackbar, undo: null });
    } catch (error) {
      setUndo({ state: 'finished', message: `Not undone: ${error instanceof Error ? error.message : String(error)}`, severity: 'error', undone: null });
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="bulk-operation-heading">
      <Stack spacing={1.5}>
        <Link href={activityHref()}>All activity</Link>
        <Typography variant="h6" component="h2" id="bulk-operation-heading">Bulk operation</Typography>
        <Typography color="text.secondary" data-testid="bulk-operation-summary">
          {summary === null
            ? 'Reading the operation…'
            : summary.entries === 0
              ? 'This bulk operation is not in the log on this device (yet).'
              : `${influencerCount(summary.influencers)} · by ${memberName(summary.actorId)} · ${formatDateTime(batch.at)}`}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="outlined" disabled={summary === null || summary.entries === 0 || blocked !== null || undo.state === 'running'} onClick={() => void runUndo()}>
            Undo
          </Button>
          {blocked !== null && <Typography variant="body2" color="text.secondary">{blocked}</Typography>}
          {blocked === null && summary !== null && summary.entries > 0 && (
            <Typography variant="body2" color="text.secondary">Values come back where nobody changed them since.</Typography>
          )}
        </Stack>
        {undo.state === 'running' && (
          <Stack spacing={0.5}>
            <Typography variant="body2">
              {undo.progress === null || undo.progress.total === 0 ? 'Undoing…' : `Undoing — ${undo.progress.done.toLocaleString('en-US')} of ${undo.progress.total.toLocaleString('en-US')}`}
            </Typography>
            <LinearProgress aria-label="Undoing" />
          </Stack>
        )}
        {undo.state === 'finished' && (
          <Alert severity={undo.severity} role="status" aria-label="Undo result">
            {undo.message}
            {undo.undone !== null && (
              <>
                {' '}
                <Link href={activityHref(undo.undone)}>See the undo in the log</Link>
              </>
            )}
          </Alert>
        )}
        {entries !== null && entries.length > 0 && <ActivityDays entries={entries.slice(0, shown)} label="Bulk operation entries" showInfluencer />}
        {entries !== null && entries.length > shown && (
          <Button size="small" onClick={() => setShown(shown + PAGE)}>{`Show more (${(entries.length - shown).toLocaleString('en-US')} more)`}</Button>
        )}
      </Stack>
    </Paper>
  );
}
