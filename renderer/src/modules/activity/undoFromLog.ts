import type { ChangeContext } from '../influencers/commands/changeInfluencerField';
import type { BulkProgress, BulkResult } from '../influencers/commands/runBulkWrites';
import { undoBulkChange } from '../influencers/commands/undoBulkChange';
import { describeBulkResult } from '../influencers/components/describeBulkResult';
import { readBatch, summarizeBatch, type BatchRef } from './readBatch';
import type { CrmDatabase } from '../../db/database';
import { undoMerge, type MergeCommandContext } from '../merge/mergeInfluencers';

export type UndoFromLogOutcome =
  | { status: 'done'; result: BulkResult; message: string }
  | { status: 'refused'; message: string };

/** The result in words: what came back, what the rules refused, and what had changed since. */
export function describeUndoFromLog(result: BulkResult): string {
  const base = describeBulkResult({ kind: 'undo' }, result);
  if (result.unchanged === 0) return base;
  const n = result.unchanged.toLocaleString('en-US');
  return `${base} ${n} left as ${result.unchanged === 1 ? 'it is' : 'they are'}: changed again since.`;
}

/**
 * "Undo" on a bulk operation found in the activity log: the operation's values come back
 * where nobody changed them since (undoBulkChange), checked against the team's rules and
 * logged as a bulk operation of its own. As from the snackbar, only the member who ran the
 * operation may take it back.
 */
export async function undoFromLog(ctx: ChangeContext, ref: BatchRef, onProgress?: (progress: BulkProgress) => void): Promise<UndoFromLogOutcome> {
  const summary = summarizeBatch(await readBatch(ctx.db.activities, ref));
  if (summary.entries === 0) return { status: 'refused', message: 'This bulk operation is not in the log on this device (yet).' };
  if (!summary.undoable) return { status: 'refused', message: 'Nothing this operation changed can be undone from here.' };
  if (summary.actorId !== ctx.actorId) return { status: 'refused', message: 'Only the member who made this change can undo it.' };
  if (summary.merge) return undoMergeFromLog(ctx, ref);
  const result = await undoBulkChange(ctx, { batchId: ref.batchId, startedAt: ref.at, guard: summary.undoGuard }, onProgress);
  return { status: 'done', result, message: describeUndoFromLog(result) };
}

/** A merge is taken back whole (pointers, records, the survivor's values), never as a bulk archive. */
async function undoMergeFromLog(ctx: ChangeContext, ref: BatchRef): Promise<UndoFromLogOutcome> {
  const db = ctx.db as ChangeContext['db'] & Partial<Pick<CrmDatabase, 'records'>>;
  if (db.records === undefined) return { status: 'refused', message: 'This merge cannot be undone here.' };
  // The database itself (its collections are not own properties: a spread would lose them).
  const outcome = await undoMerge({ ...ctx, db: db as MergeCommandContext['db'] }, { batchId: ref.batchId, startedAt: ref.at });
  if (outcome.status === 'refused') return { status: 'refused', message: outcome.reason };
  const restored = `${outcome.restored} ${outcome.restored === 1 ? 'influencer' : 'influencers'} restored`;
  const result: BulkResult = { changed: outcome.restored, unchanged: 0, notFound: 0, refused: 0, reasons: [], batchId: ref.batchId, startedAt: ref.at, guard: 'archive' };
  return { status: 'done', result, message: `Merge undone: ${restored}.${outcome.kept.length > 0 ? ` ${outcome.kept.join(' ')}` : ''}` };
}
