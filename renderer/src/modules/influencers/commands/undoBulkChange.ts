import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { valuesEqual } from '../../../../../shared/sync/mergeDocuments';
import type { ChangeContext, EditableField, FieldChanges } from './changeInfluencerField';
import { restoreLabelsOfBatch } from '../../labels/commands/labelCommands';
import { hasLabels } from '../../labels/commands/labelContext';
import { runBulkWrites, type BulkOperationRef, type BulkProgress, type BulkResult } from './runBulkWrites';

interface LoggedChange {
  before: FieldChanges;
  after: FieldChanges;
}

/** The fields a bulk operation writes, with the check that a logged value fits the field. */
const UNDOABLE: Partial<Record<EditableField, (value: unknown) => boolean>> = {
  archived: (v) => typeof v === 'boolean',
  status: (v) => typeof v === 'string',
  liaisonId: (v) => v === null || typeof v === 'string',
  labelIds: (v) => Array.isArray(v) && v.every((id) => typeof id === 'string'),
};

function parseLogged(json: string | null): unknown {
  try {
    return json === null ? null : (JSON.parse(json) as unknown);
  } catch {
    return undefined;
  }
}

/** Per influencer, what the operation's log entries say it changed (from → to). */
function changesInLog(entries: readonly Activity[]): Map<string, LoggedChange> {
  const byId = new Map<string, LoggedChange>();
  for (const entry of entries) {
    const field = entry.field as EditableField | null;
    const fits = field === null ? undefined : UNDOABLE[field];
    if (field === null || fits === undefined) continue;
    const from = parseLogged(entry.from);
    const to = parseLogged(entry.to);
    if (!fits(from) || !fits(to)) continue;
    let change = byId.get(entry.influencerId);
    if (change === undefined) byId.set(entry.influencerId, (change = { before: {}, after: {} }));
    Object.assign(change.before, { [field]: from });
    Object.assign(change.after, { [field]: to });
  }
  return byId;
}

/**
 * Takes a bulk operation back, as read from its entries in the activity log (so it works
 * after a restart): each field returns to its previous value where it still holds the value
 * the operation set — a later edit, here or from a teammate, is left alone. Checked against
 * the team's rules like any change, and logged as a bulk operation of its own.
 */
export async function undoBulkChange(ctx: ChangeContext, operation: BulkOperationRef, onProgress?: (progress: BulkProgress) => void): Promise<BulkResult> {
  // The `at` index keeps this to the entries written since the operation began.
  const logged = await ctx.db.activities.find({ selector: { at: { $gte: operation.startedAt }, batchId: operation.batchId } }).exec();
  const byId = changesInLog(logged.map((doc) => doc.toJSON() as Activity));
  const changesFor = (doc: Influencer): FieldChanges | null => {
    const change = byId.get(doc.id);
    if (change === undefined) return null;
    const changes: FieldChanges = {};
    for (const field of Object.keys(change.after) as EditableField[]) {
      if (valuesEqual(doc[field] ?? null, change.after[field] ?? null)) Object.assign(changes, { [field]: change.before[field] ?? null });
    }
    return changes;
  };
  const result = await runBulkWrites(ctx, [...byId.keys()], { guard: operation.guard, changesFor }, onProgress);
  // A label merge or delete also brings its label back.
  if (hasLabels(ctx.db)) await restoreLabelsOfBatch({ ...ctx, db: ctx.db }, logged.map((doc) => doc.toJSON() as Activity), result.batchId);
  return result;
}
