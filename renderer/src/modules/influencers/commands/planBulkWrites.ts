import type { Influencer } from '../../../../../shared/influencer';
import { canChangeInfluencerField } from '../../../../../shared/permissions/canChangeInfluencerField';
import { guardedFieldOf, type GuardedField } from '../../../../../shared/permissions/guardedFields';
import type { PermissionContext } from '../../../../../shared/permissions/permissionContext';
import { lockRefusal } from '../../../../../shared/recording/isLocked';
import { splitByPermission } from '../../../../../shared/permissions/splitByPermission';
import type { EditableField, FieldChanges } from './changeInfluencerField';

/** One influencer a bulk operation will write: the document as read, and the fields it sets. */
export interface PlannedWrite {
  doc: Influencer;
  changes: FieldChanges;
}

export interface BulkPlan {
  writes: PlannedWrite[];
  unchanged: number;
  refused: { id: string; reason: string }[];
}

/** What a bulk operation sets on one influencer; null: nothing to change there. */
export type ChangesFor = (doc: Influencer) => FieldChanges | null;

/**
 * Splits read documents into what a bulk operation writes, leaves as it is, and refuses.
 * The operation's own field goes through the shared splitByPermission; a further guarded field
 * it sets on some influencers (a status change assigning the actor as liaison) is checked too,
 * as a single edit would. Without permissions (sync-mechanics tests) nothing is refused.
 */
export function planBulkWrites(permissions: PermissionContext | undefined, docs: readonly Influencer[], guard: GuardedField | null, changesFor: ChangesFor): BulkPlan {
  const plan: BulkPlan = { writes: [], unchanged: 0, refused: [] };
  const candidates: PlannedWrite[] = [];
  for (const doc of docs) {
    const changes = changesFor(doc);
    const locked = lockRefusal(doc);
    if (changes === null || Object.keys(changes).length === 0) plan.unchanged++;
    else if (locked !== null) plan.refused.push({ id: doc.id, reason: locked }); // recording: see shared/recording/isLocked
    else candidates.push({ doc, changes });
  }
  if (permissions === undefined) {
    plan.writes = candidates;
    return plan;
  }
  // No guarded field of its own (labels): only further guarded fields can refuse.
  const split = guard === null
    ? { allowed: candidates, refused: [] }
    : splitByPermission(permissions, candidates.map((c) => ({ ...c, kind: c.doc.kind, liaisonId: c.doc.liaisonId, archived: c.doc.archived })), guard);
  for (const { influencer, reason } of split.refused) plan.refused.push({ id: influencer.doc.id, reason });
  for (const write of split.allowed) {
    const other = otherRefusal(permissions, write.doc, write.changes, guard);
    if (other === null) plan.writes.push({ doc: write.doc, changes: write.changes });
    else plan.refused.push({ id: write.doc.id, reason: other });
  }
  return plan;
}

function otherRefusal(permissions: PermissionContext, doc: Influencer, changes: FieldChanges, checked: GuardedField | null): string | null {
  for (const field of Object.keys(changes) as EditableField[]) {
    const guard = guardedFieldOf(field);
    if (guard === null || guard === checked) continue;
    const permission = canChangeInfluencerField(permissions, doc, guard);
    if (!permission.allowed) return permission.reason;
  }
  return null;
}

/** Refusals grouped by reason, most frequent first (the preview and the result say them). */
export function countReasons(refused: readonly { reason: string }[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason } of refused) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
