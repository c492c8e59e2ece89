import { getCrmRuntime } from '../../app/crmRuntime';
import { commandContext } from '../team/commandContext';
import { useListStore } from '../influencers/stores/listStore';
import type { MergeChoices } from '../../../../shared/influencers/planMerge';
import { mergeInfluencers, undoMerge, type MergeCommandContext } from './mergeInfluencers';

/** The command context with the whole database (a merge also moves records). */
async function mergeContext(): Promise<MergeCommandContext> {
  return { ...(await commandContext()), db: (await getCrmRuntime()).db };
}
import { useMergeStore } from './mergeStore';

function store() {
  return useMergeStore.getState();
}

function failed(error: unknown): void {
  store().setOutcome({ message: `Not done: ${error instanceof Error ? error.message : String(error)}`, severity: 'error', undo: null });
}

/** Runs the merge the dialog prepared; returns the refusal reason, or null when merged. */
export async function runMerge(survivorId: string, otherIds: readonly string[], choices: MergeChoices, survivorName: string): Promise<string | null> {
  if (store().busy) return 'A merge is running.';
  store().setBusy(true);
  try {
    const ctx = await mergeContext();
    const outcome = await mergeInfluencers(ctx, survivorId, otherIds, choices);
    if (outcome.status === 'refused') return outcome.reason;
    const count = otherIds.length + 1;
    store().setOutcome({ message: `Merged ${count} influencers into "${survivorName}".`, severity: 'success', undo: { ...outcome.merge, actorId: ctx.actorId } });
    store().openMerge(null);
    useListStore.getState().setSelectedIds([]);
    return null;
  } catch (error) {
    failed(error);
    return null;
  } finally {
    store().setBusy(false);
  }
}

/** "Undo" on the merge result: the merged influencers come back as they were. */
export async function undoLastMerge(): Promise<void> {
  const outcome = store().outcome;
  const undo = outcome?.undo ?? null;
  if (outcome === null || undo === null || store().busy) return;
  store().setBusy(true);
  try {
    const ctx = await mergeContext();
    if (ctx.actorId !== undo.actorId) {
      store().setOutcome({ ...outcome, message: 'Only the member who merged can undo it.', severity: 'error', undo: null });
      return;
    }
    const result = await undoMerge(ctx, undo);
    if (result.status === 'refused') store().setOutcome({ message: result.reason, severity: 'error', undo: null });
    else {
      const kept = result.kept.length > 0 ? ` Kept as merged: ${result.kept.join(' ')}` : '';
      store().setOutcome({ message: `Merge undone: ${result.restored} ${result.restored === 1 ? 'influencer' : 'influencers'} restored.${kept}`, severity: result.kept.length > 0 ? 'warning' : 'success', undo: null });
    }
  } catch (error) {
    failed(error);
  } finally {
    store().setBusy(false);
  }
}
