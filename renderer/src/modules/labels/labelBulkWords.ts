import type { LabelBulkChange } from './commands/labelBulkChanges';
import { labelInfo, labelName } from './labelLookup';

/** How the list's preview, progress bar and result snackbar name a label operation. */
export interface LabelBulkWords {
  /** "Added the label Beauty to" (+ " 12 influencers."). */
  done: string;
  notDone: string;
  /** The preview's question, given "12 influencers". */
  title(influencers: string): string;
  progress: string;
}

export function labelBulkWords(change: LabelBulkChange): LabelBulkWords {
  switch (change.kind) {
    case 'addLabel': {
      const name = labelInfo(change.labelId).name;
      return { done: `Added the label ${name} to`, notDone: 'not changed', title: (n) => `Add the label ${name} to ${n}?`, progress: 'Adding a label' };
    }
    case 'removeLabel': {
      const name = labelInfo(change.labelId).name;
      return { done: `Removed the label ${name} from`, notDone: 'not changed', title: (n) => `Remove the label ${name} from ${n}?`, progress: 'Removing a label' };
    }
    case 'mergeLabel': {
      const from = labelName(change.fromId);
      const into = labelName(change.intoId);
      return { done: `Merged ${from} into ${into}: relabelled`, notDone: 'not relabelled', title: (n) => `Merge ${from} into ${into} on ${n}?`, progress: 'Merging labels' };
    }
    case 'deleteLabel': {
      const name = labelName(change.labelId);
      return { done: `Deleted the label ${name}: removed it from`, notDone: 'not changed', title: (n) => `Remove the label ${name} from ${n}?`, progress: 'Deleting a label' };
    }
  }
}
