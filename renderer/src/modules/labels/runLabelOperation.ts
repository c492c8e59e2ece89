import { getCrmRuntime, projection } from '../../app/crmRuntime';
import { failed, finished } from '../influencers/components/runBulkAction';
import { useBulkOperationStore } from '../influencers/stores/bulkOperationStore';
import { commandContext } from '../team/commandContext';
import { deleteLabel, mergeLabels } from './commands/labelCommands';
import type { LabelContext } from './commands/labelContext';
import { labelBulkWords } from './labelBulkWords';

/** A label command's context: the screens' command context with the labels collection. */
export async function labelCommandContext(): Promise<LabelContext> {
  const [ctx, runtime] = await Promise.all([commandContext(), getCrmRuntime()]);
  return { ...ctx, db: runtime.db };
}

/** The influencers carrying a label, from the list's projection (archived ones included). */
export function influencersCarrying(labelId: string): string[] {
  return projection.allRows().filter((row) => row.labelIds.includes(labelId)).map((row) => row.id);
}

/**
 * Merging or deleting a label from the Labels dialog, after its confirmation: progress and the
 * result (with Undo) in the list's bulk-operation snackbar, like any bulk operation.
 */
export async function runLabelRemoval(change: { kind: 'mergeLabel'; fromId: string; intoId: string } | { kind: 'deleteLabel'; labelId: string }): Promise<void> {
  const store = useBulkOperationStore.getState();
  if (store.progress !== null) return;
  const words = labelBulkWords(change);
  const ids = influencersCarrying(change.kind === 'mergeLabel' ? change.fromId : change.labelId);
  store.setOutcome(null);
  store.setProgress({ label: words.progress, done: 0, total: ids.length });
  try {
    const ctx = await labelCommandContext();
    const onProgress = (p: { done: number; total: number }) => useBulkOperationStore.getState().setProgress({ label: words.progress, ...p });
    const outcome = change.kind === 'mergeLabel'
      ? await mergeLabels(ctx, change.fromId, change.intoId, ids, onProgress)
      : await deleteLabel(ctx, change.labelId, ids, onProgress);
    if (outcome.status === 'invalid') useBulkOperationStore.getState().setOutcome({ message: outcome.reason, severity: 'error', undo: null });
    else finished(change, outcome.result, ctx.actorId);
  } catch (error) {
    failed(error);
  } finally {
    useBulkOperationStore.getState().setProgress(null);
  }
}
