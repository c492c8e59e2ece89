import type { Influencer } from '../../../../../shared/influencer';
import { mergedLabelIds, withLabel, withoutLabel } from '../../../../../shared/labels/planLabelChanges';

/**
 * The bulk operations on influencers' labels: "Add label"/"Remove label" on a selection, and
 * what merging or deleting a label does to the influencers carrying it. Labels are no guarded
 * field (every member may change them), so nothing here is refused by the data-management rules.
 */
export type LabelBulkChange =
  | { kind: 'addLabel'; labelId: string }
  | { kind: 'removeLabel'; labelId: string }
  | { kind: 'mergeLabel'; fromId: string; intoId: string }
  | { kind: 'deleteLabel'; labelId: string };

export const LABEL_BULK_KINDS: ReadonlySet<string> = new Set<LabelBulkChange['kind']>(['addLabel', 'removeLabel', 'mergeLabel', 'deleteLabel']);

export function isLabelBulkChange(change: { kind: string }): change is LabelBulkChange {
  return LABEL_BULK_KINDS.has(change.kind);
}

/** The labelIds `change` writes on one influencer; null when it changes nothing there. */
export function labelChangesFor(change: LabelBulkChange, doc: Pick<Influencer, 'labelIds'>): { labelIds: string[] } | null {
  const next = (() => {
    switch (change.kind) {
      case 'addLabel':
        return withLabel(doc.labelIds, change.labelId);
      case 'removeLabel':
      case 'deleteLabel':
        return withoutLabel(doc.labelIds, change.labelId);
      case 'mergeLabel':
        return mergedLabelIds(doc.labelIds, change.fromId, change.intoId);
    }
  })();
  return next === null ? null : { labelIds: next };
}
