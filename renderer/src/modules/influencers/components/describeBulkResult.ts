import type { BulkChange } from '../commands/bulkChangeInfluencers';
import type { BulkCounts } from '../commands/runBulkWrites';
import { isLabelBulkChange } from '../../labels/commands/labelBulkChanges';
import { labelBulkWords } from '../../labels/labelBulkWords';

/** What the operation is called in the preview, the progress bar and the result. */
export type BulkAction = BulkChange | { kind: 'undo' };

export function influencerCount(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'influencer' : 'influencers'}`;
}

/** The verb for what happened, and the words for what was refused. */
function words(action: BulkAction): { done: string; notDone: string } {
  if (isLabelBulkChange(action)) return labelBulkWords(action);
  switch (action.kind) {
    case 'archive':
      return action.archived ? { done: 'Archived', notDone: 'not archived' } : { done: 'Restored', notDone: 'not restored' };
    case 'status':
      return { done: 'Changed the collaboration status of', notDone: 'not changed' };
    case 'liaison':
      return { done: 'Changed the liaison of', notDone: 'not changed' };
    case 'undo':
      return { done: 'Undone: changed back', notDone: 'not changed back' };
  }
}

/** Why influencers were refused: the one reason, or each reason with its count. */
export function refusalReasons(counts: Pick<BulkCounts, 'reasons'>): string {
  if (counts.reasons.length === 1) return counts.reasons[0]?.reason ?? '';
  return counts.reasons.map((r) => `${r.reason} (${r.count.toLocaleString('en-US')})`).join(' ');
}

/** The refusals in words: "50 not archived: Only the liaison can archive this influencer." */
export function describeRefusals(action: BulkAction, counts: Pick<BulkCounts, 'refused' | 'reasons'>): string {
  if (counts.refused === 0) return '';
  return `${counts.refused.toLocaleString('en-US')} ${words(action).notDone}: ${refusalReasons(counts)}`;
}

/** The snackbar's sentence after an operation, e.g. "Archived 950 influencers. 50 not archived: …". */
export function describeBulkResult(action: BulkAction, counts: BulkCounts): string {
  const refused = describeRefusals(action, counts);
  return `${words(action).done} ${influencerCount(counts.changed)}.${refused === '' ? '' : ` ${refused}`}`;
}
