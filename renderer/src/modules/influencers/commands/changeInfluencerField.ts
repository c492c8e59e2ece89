import type { Activity } from '../../../../../shared/activity';
import { loggedFields } from '../../../../../shared/email/loggedFields';
import type { Influencer } from '../../../../../shared/influencer';
import { lockRefusal } from '../../../../../shared/recording/isLocked';
import { canChangeInfluencerField } from '../../../../../shared/permissions/canChangeInfluencerField';
import { guardedFieldOf } from '../../../../../shared/permissions/guardedFields';
import type { PermissionContext } from '../../../../../shared/permissions/permissionContext';
import { valuesEqual } from '../../../../../shared/sync/mergeDocuments';
import type { CrmDatabase } from '../../../db/database';

/** The fields a single edit may change. */
export type EditableField =
  | 'email'
  | 'manualEmail'
  | 'platformEmail'
  | 'status'
  | 'customName'
  | 'officialName'
  | 'link'
  | 'channels'
  | 'liaisonId'
  | 'contractStatus'
  | 'paymentStatus'
  | 'archived'
  | 'labelIds';

export type FieldChanges = Partial<Pick<Influencer, EditableField>>;

export type ChangeResult =
  | { status: 'changed' }
  | { status: 'unchanged' }
  | { status: 'invalid'; reason: string }
  /** The data-management settings do not let the actor change this (the reason names who can). */
  | { status: 'refused'; reason: string }
  | { status: 'not_found' };

export interface ChangeContext {
  db: Pick<CrmDatabase, 'influencers' | 'activities'>;
  actorId: string;
  /**
   * The team's permission rules as the app knows them. The screens always pass it; tests of
   * the sync mechanics leave it out (the server enforces the rules either way).
   */
  permissions?: PermissionContext;
  now?: () => number;
  newId?: () => string;
}

/**
 * Writes some fields of one influencer and one "field_changed" activity entry per changed field
 * (from/to JSON-encoded) in the same step — all of them or, when a guarded field is not the
 * actor's to change, none. The document is stamped locally (updatedAt/updatedBy); the server
 * stamps it again when it is pushed. `from` is the value the write replaced, read inside
 * RxDB's incremental write, so a concurrent write from another window is not misreported.
 * Validation happens before, in the command that calls this.
 */
export async function changeInfluencerFields(ctx: ChangeContext, influencerId: string, changes: FieldChanges): Promise<ChangeResult> {
  const now = ctx.now ?? Date.now;
  const doc = await ctx.db.influencers.findOne(influencerId).exec();
  if (doc === null) return { status: 'not_found' };
  const latest = doc.getLatest().toJSON() as Influencer;
  const fields = (Object.keys(changes) as EditableField[]).filter((field) => !valuesEqual(latest[field] ?? null, changes[field] ?? null));
  if (fields.length === 0) return { status: 'unchanged' };
  // While a recording is requested or running nothing changes (the server refuses it too).
  const locked = lockRefusal(latest);
  if (locked !== null) return { status: 'refused', reason: locked };
  if (ctx.permissions !== undefined) {
    for (const field of fields) {
      const guard = guardedFieldOf(field);
      if (guard === null) continue;
      const permission = canChangeInfluencerField(ctx.permissions, latest, guard);
      if (!permission.allowed) return { status: 'refused', reason: permission.reason };
    }
  }
  const from: Partial<Record<EditableField, unknown>> = {};
  const at = now();
  await doc.incrementalModify((data) => {
    const next = { ...data, updatedAt: at, updatedBy: ctx.actorId };
    for (const field of fields) {
      from[field] = data[field];
      Object.assign(next, { [field]: changes[field] });
    }
    return next;
  });
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const entries: Activity[] = loggedFields(fields).map((field) => ({
    id: newId(),
    influencerId,
    actorId: ctx.actorId,
    at,
    // Archiving has its own entry kinds, so the log and its filters can tell them apart.
    kind: field !== 'archived' ? 'field_changed' : changes.archived === true ? 'archived' : 'restored',
    field,
    from: JSON.stringify(from[field] ?? null),
    to: JSON.stringify(changes[field] ?? null),
    batchId: null,
  }));
  await ctx.db.activities.bulkInsert(entries);
  return { status: 'changed' };
}

/** One field: see changeInfluencerFields. */
export function changeInfluencerField<F extends EditableField>(ctx: ChangeContext, influencerId: string, field: F, value: Influencer[F]): Promise<ChangeResult> {
  return changeInfluencerFields(ctx, influencerId, { [field]: value });
}
