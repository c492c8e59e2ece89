import type { Activity } from '../activity';
import { emailFields, platformEmailOf } from '../email/effectiveEmail';
import type { Influencer } from '../influencer';
import { displayName } from '../names/displayName';
import { canChangeInfluencerField } from '../permissions/canChangeInfluencerField';
import { guardedFieldOf } from '../permissions/guardedFields';
import type { PermissionContext } from '../permissions/permissionContext';
import type { CrmRecord } from '../records/crmRecord';
import { valuesEqual } from '../sync/mergeDocuments';

export interface MergeUndoPlan {
  survivorId: string;
  survivorChanges: Partial<Influencer>;
  /** Merged influencers brought back: restored and no longer pointing at the survivor. */
  restored: { id: string; changes: Pick<Influencer, 'archived' | 'mergedInto'> | Pick<Influencer, 'mergedInto'> }[];
  /** Records moved back to the influencer they came from. */
  recordsBack: CrmRecord[];
  activities: Activity[];
  /** What stays as the merge left it, and why (a later edit, a permission). */
  kept: string[];
}

export type MergeUndoResult = { ok: true; plan: MergeUndoPlan } | { ok: false; reason: string };

function parse(json: string | null): unknown {
  try {
    return json === null ? null : (JSON.parse(json) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Takes a merge back, from its log entries (one batch id), so it works after a restart and
 * for whoever may restore the merged influencers: each survivor field returns to its previous
 * value where it still holds the merged one (a later edit is left alone), each merged
 * influencer is restored and its pointer cleared, and records moved over go back where they
 * still belong to the survivor. Refused as a whole when the actor may not restore one of the
 * merged influencers. Logged as a batch of its own (`merge_undone` entries).
 * Project memberships the merge added stay: records are never deleted.
 */
export function planMergeUndo(
  entries: readonly Activity[],
  current: ReadonlyMap<string, Influencer>,
  records: readonly CrmRecord[],
  ctx: { actorId: string; now: number; batchId: string; newId: () => string; permissions?: PermissionContext },
): MergeUndoResult {
  const mergedEntry = entries.find((e) => e.kind === 'merged');
  if (mergedEntry === undefined) return { ok: false, reason: 'This is not a merge: its log entries were not found.' };
  const survivorId = mergedEntry.influencerId;
  const survivor = current.get(survivorId);
  if (survivor === undefined) return { ok: false, reason: 'The surviving influencer is not in the CRM.' };

  const kept: string[] = [];
  const entry = (influencerId: string, kind: Activity['kind'], field: string | null, from: unknown, to: unknown): Activity => ({
    id: ctx.newId(), influencerId, actorId: ctx.actorId, at: ctx.now, kind, field,
    from: from === undefined ? null : JSON.stringify(from), to: to === undefined ? null : JSON.stringify(to), batchId: ctx.batchId,
  });
  const activities: Activity[] = [];

  // ---- the merged influencers ----
  const restored: MergeUndoPlan['restored'] = [];
  for (const pointer of entries.filter((e) => e.kind === 'merged_into')) {
    const inf = current.get(pointer.influencerId);
    if (inf === undefined || (inf.mergedInto ?? null) !== survivorId) continue;
    const wasArchivedByMerge = entries.some((e) => e.kind === 'archived' && e.influencerId === inf.id);
    if (wasArchivedByMerge && inf.archived && ctx.permissions !== undefined) {
      const permission = canChangeInfluencerField(ctx.permissions, inf, 'archive');
      // All or nothing: half an undo (the survivor's values back, the other still archived)
      // would leave a state nobody chose.
      if (!permission.allowed) return { ok: false, reason: `Not undone: "${displayName(inf)}" cannot be restored by you. ${permission.reason}` };
    }
    const restore = wasArchivedByMerge && inf.archived;
    restored.push({ id: inf.id, changes: restore ? { archived: false, mergedInto: null } : { mergedInto: null } });
    activities.push(entry(inf.id, 'merge_undone', 'mergedInto', survivorId, null));
    if (restore) activities.push(entry(inf.id, 'restored', 'archived', true, false));
  }

  // ---- the survivor's fields ----
  const survivorChanges: Partial<Influencer> = {};
  for (const change of entries.filter((e) => e.kind === 'field_changed' && e.influencerId === survivorId)) {
    const field = change.field as keyof Influencer | null;
    const from = parse(change.from);
    const to = parse(change.to);
    if (field === null || from === undefined || to === undefined) continue;
    if (!valuesEqual(survivor[field] ?? null, to)) {
      kept.push(`The ${field} of "${displayName(survivor)}" changed after the merge and stays.`);
      continue;
    }
    const guard = guardedFieldOf(field);
    if (guard !== null && ctx.permissions !== undefined) {
      const permission = canChangeInfluencerField(ctx.permissions, survivor, guard);
      if (!permission.allowed) {
        kept.push(permission.reason);
        continue;
      }
    }
    if (field === 'email') {
      // The merge made the chosen email the manual one: back to the email before, manual
      // unless it is the platform's own.
      const platform = platformEmailOf(survivor);
      const before = typeof from === 'string' ? from : null;
      Object.assign(survivorChanges, emailFields(before === platform ? null : before, platform));
    } else {
      // Lists are never null in the schema (an older entry may say null for "none").
      Object.assign(survivorChanges, { [field]: from === null && (field === 'channels' || field === 'labelIds') ? [] : from });
    }
    activities.push(entry(survivorId, 'field_changed', field, to, from));
  }

  // ---- records ----
  const origin = new Map<string, string>();
  for (const moved of entries.filter((e) => e.kind === 'record_moved')) {
    const from = parse(moved.from) as { id?: unknown; influencerId?: unknown } | null | undefined;
    if (typeof from?.id === 'string' && typeof from.influencerId === 'string') origin.set(from.id, from.influencerId);
  }
  const recordsBack: CrmRecord[] = [];
  for (const record of records) {
    const back = origin.get(record.id);
    if (back === undefined || record.influencerId !== survivorId) continue;
    recordsBack.push({ ...record, influencerId: back, updatedAt: ctx.now, updatedBy: ctx.actorId });
    activities.push(entry(survivorId, 'record_moved', record.type, { id: record.id, influencerId: survivorId }, { id: record.id, influencerId: back }));
  }

  activities.unshift(entry(survivorId, 'merge_undone', null, restored.map((r) => r.id), undefined));
  return { ok: true, plan: { survivorId, survivorChanges, restored, recordsBack, activities, kept } };
}
