import { readStatusCatalog } from '../../../../../shared/statuses/readStatusCatalog';
import { commandContext } from '../../team/commandContext';
import { useTeamDirectory } from '../../team/teamDirectoryStore';
import { bulkChangeInfluencers, previewBulkChange, type BulkChange } from '../commands/bulkChangeInfluencers';
import type { BulkResult } from '../commands/runBulkWrites';
import { undoBulkChange } from '../commands/undoBulkChange';
import { isLabelBulkChange } from '../../labels/commands/labelBulkChanges';
import { labelBulkWords } from '../../labels/labelBulkWords';
import { useBulkOperationStore } from '../stores/bulkOperationStore';
import { useListStore } from '../stores/listStore';
import { describeBulkResult, type BulkAction } from './describeBulkResult';

/** Above this many influencers, a preview says what will happen before anything is written. */
export const PREVIEW_THRESHOLD = 100;

const PROGRESS_LABELS: Partial<Record<BulkAction['kind'], string>> & Record<'undo', string> = {
  archive: 'Updating influencers',
  status: 'Changing collaboration status',
  liaison: 'Changing liaison',
  undo: 'Undoing',
};

function store() {
  return useBulkOperationStore.getState();
}

export function failed(error: unknown): void {
  store().setOutcome({ message: `Not done: ${error instanceof Error ? error.message : String(error)}`, severity: 'error', undo: null });
}

export function finished(action: BulkAction, result: BulkResult, actorId: string): void {
  store().setOutcome({
    message: describeBulkResult(action, result),
    severity: result.refused > 0 ? 'warning' : 'success',
    // An undo is not undone again: its snackbar only reports.
    undo: action.kind === 'undo' || result.changed === 0 ? null : { batchId: result.batchId, startedAt: result.startedAt, guard: result.guard, actorId },
  });
}

/**
 * A bulk action from the list: large selections first get a preview (how many will change,
 * how many the team's rules refuse), small ones run at once. The selection is cleared after.
 */
export async function requestBulkChange(ids: readonly string[], change: BulkChange): Promise<void> {
  if (store().progress !== null) return;
  const catalog = readStatusCatalog(useTeamDirectory.getState().statusCatalogValue).catalog;
  if (ids.length <= PREVIEW_THRESHOLD) return runBulkChange(ids, change);
  try {
    // No count while checking: reading and planning is quick next to writing.
    store().setProgress({ label: 'Checking the selection', done: 0, total: 0 });
    const preview = await previewBulkChange(await commandContext(), ids, change, { catalog });
    if (preview.status === 'invalid') store().setOutcome({ message: preview.reason, severity: 'error', undo: null });
    else store().setPending({ ids, change, counts: preview.counts });
  } catch (error) {
    failed(error);
  } finally {
    store().setProgress(null);
  }
}

/** Runs the operation (after its preview was confirmed, or at once for small selections). */
export async function runBulkChange(ids: readonly string[], change: BulkChange): Promise<void> {
  const catalog = readStatusCatalog(useTeamDirectory.getState().statusCatalogValue).catalog;
  const label = isLabelBulkChange(change) ? labelBulkWords(change).progress : (PROGRESS_LABELS[change.kind] ?? 'Updating influencers');
  store().setPending(null);
  store().setOutcome(null);
  store().setProgress({ label, done: 0, total: ids.length });
  try {
    const ctx = await commandContext();
    const outcome = await bulkChangeInfluencers(ctx, ids, change, { catalog, onProgress: (p) => store().setProgress({ label, ...p }) });
    if (outcome.status === 'invalid') store().setOutcome({ message: outcome.reason, severity: 'error', undo: null });
    else {
      finished(change, outcome.result, ctx.actorId);
      useListStore.getState().setSelectedIds([]);
    }
  } catch (error) {
    failed(error);
  } finally {
    store().setProgress(null);
  }
}

/** "Undo" in the snackbar: the last operation's values come back where nobody changed them since. */
export async function undoLastBulkChange(): Promise<void> {
  const outcome = store().outcome;
  const undo = outcome?.undo ?? null;
  if (outcome === null || undo === null || store().progress !== null) return;
  // Progress first: it also keeps a second click from starting another undo.
  store().setProgress({ label: PROGRESS_LABELS.undo, done: 0, total: 0 });
  try {
    const ctx = await commandContext();
    // Only the member who ran the operation takes it back (the snackbar outlives a sign-out).
    if (ctx.actorId !== undo.actorId) {
      store().setOutcome({ ...outcome, message: 'Only the member who made this change can undo it.', severity: 'error', undo: null });
      return;
    }
    store().setOutcome(null);
    const result = await undoBulkChange(ctx, undo, (p) => store().setProgress({ label: PROGRESS_LABELS.undo, ...p }));
    finished({ kind: 'undo' }, result, ctx.actorId);
  } catch (error) {
    failed(error);
  } finally {
    store().setProgress(null);
  }
}
