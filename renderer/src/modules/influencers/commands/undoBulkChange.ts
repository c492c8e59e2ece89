import type { Influencer } from '../../../../../shared/influencer';
import { valuesEqual } from '../../../../../shared/sync/mergeDocuments';
import type { ChangeContext, EditableField, FieldChanges } from './changeInfluencerField';
import { runBulkWrites, type BulkProgress, type BulkResult } from './runBulkWrites';

/**
 * Takes a bulk operation back: each field returns to its previous value where it still holds
 * the value the operation set (a later edit, here or from a teammate, is left alone). Checked
 * against the team's rules like any change, and logged as a bulk operation of its own.
 */
export function undoBulkChange(ctx: ChangeContext, done: BulkResult, onProgress?: (progress: BulkProgress) => void): Promise<BulkResult> {
  const byId = new Map(done.undo.entries.map((entry) => [entry.id, entry]));
  const changesFor = (doc: Influencer): FieldChanges | null => {
    const entry = byId.get(doc.id);
    if (entry === undefined) return null;
    const changes: FieldChanges = {};
    for (const field of Object.keys(entry.after) as EditableField[]) {
      if (valuesEqual(doc[field] ?? null, entry.after[field] ?? null)) Object.assign(changes, { [field]: entry.before[field] ?? null });
    }
    return changes;
  };
  return runBulkWrites(ctx, [...byId.keys()], { guard: done.undo.guard, changesFor }, onProgress);
}
