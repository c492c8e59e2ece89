import type { Activity } from '../../../../../shared/activity';
import type { Label } from '../../../../../shared/labels/label';
import { canMergeOrDeleteLabels } from '../../../../../shared/labels/labelPermissions';
import { checkLabelName, normalizeLabelColor } from '../../../../../shared/labels/labelRules';
import { planLabelDelete, planLabelMerge } from '../../../../../shared/labels/planLabelChanges';
import { bulkChangeInfluencers, type BulkOutcome } from '../../influencers/commands/bulkChangeInfluencers';
import type { BulkProgress } from '../../influencers/commands/runBulkWrites';
import type { LabelContext } from './labelContext';

export type LabelResult = { status: 'done'; label: Label } | { status: 'unchanged' } | { status: 'invalid'; reason: string };

type LabelField = 'name' | 'color' | 'isDeleted' | 'mergedInto';

async function readLabels(ctx: LabelContext): Promise<Label[]> {
  return (await ctx.db.labels.find().exec()).map((doc) => doc.toJSON() as Label);
}

function entry(ctx: LabelContext, labelId: string, kind: Activity['kind'], field: LabelField | null, from: unknown, to: unknown, at: number, batchId: string | null): Activity {
  return {
    id: (ctx.newId ?? (() => crypto.randomUUID()))(),
    influencerId: labelId,
    actorId: ctx.actorId,
    at,
    kind,
    field,
    from: from === undefined ? null : JSON.stringify(from),
    to: JSON.stringify(to),
    batchId,
  };
}

/** Writes some fields of a label and one `label_changed` entry per changed field. */
async function patchLabel(ctx: LabelContext, id: string, changes: Partial<Pick<Label, LabelField>>, batchId: string | null = null): Promise<LabelResult> {
  const doc = await ctx.db.labels.findOne(id).exec();
  if (doc === null) return { status: 'invalid', reason: 'This label no longer exists.' };
  const at = (ctx.now ?? Date.now)();
  const before: Partial<Record<LabelField, unknown>> = {};
  const fields = (Object.keys(changes) as LabelField[]).filter((f) => doc.getLatest().get(f) !== changes[f]);
  if (fields.length === 0) return { status: 'unchanged' };
  const written = await doc.incrementalModify((data) => {
    for (const field of fields) before[field] = data[field];
    return { ...data, ...changes, updatedAt: at, updatedBy: ctx.actorId };
  });
  await ctx.db.activities.bulkInsert(fields.map((field) => entry(ctx, id, 'label_changed', field, before[field], changes[field], at, batchId)));
  return { status: 'done', label: written.toJSON() as Label };
}

/** A new label with a name no live label has (ignoring case and accents) and a "#rrggbb" color. */
export async function createLabel(ctx: LabelContext, input: { name: string; color: string }): Promise<LabelResult> {
  const name = checkLabelName(await readLabels(ctx), input.name, null);
  if (!name.ok) return { status: 'invalid', reason: name.reason };
  const color = normalizeLabelColor(input.color);
  if (color === null) return { status: 'invalid', reason: 'A label color is written like #1e88e5.' };
  const at = (ctx.now ?? Date.now)();
  const label: Label = { id: (ctx.newId ?? (() => crypto.randomUUID()))(), name: name.name, color, isDeleted: false, mergedInto: null, createdAt: at, createdBy: ctx.actorId, updatedAt: at, updatedBy: ctx.actorId };
  await ctx.db.labels.insert(label);
  await ctx.db.activities.insert(entry(ctx, label.id, 'label_created', null, undefined, { name: label.name, color }, at, null));
  return { status: 'done', label };
}

export async function renameLabel(ctx: LabelContext, id: string, input: string): Promise<LabelResult> {
  const name = checkLabelName(await readLabels(ctx), input, id);
  if (!name.ok) return { status: 'invalid', reason: name.reason };
  return patchLabel(ctx, id, { name: name.name });
}

export async function recolorLabel(ctx: LabelContext, id: string, input: string): Promise<LabelResult> {
  const color = normalizeLabelColor(input);
  if (color === null) return { status: 'invalid', reason: 'A label color is written like #1e88e5.' };
  return patchLabel(ctx, id, { color });
}

function refusal(ctx: LabelContext): string | null {
  if (ctx.permissions === undefined) return null;
  const permission = canMergeOrDeleteLabels(ctx.permissions.actor);
  return permission.allowed ? null : permission.reason;
}

/**
 * Merges `fromId` into `intoId`: every influencer carrying the merged label gets the surviving
 * one instead (one bulk operation, one batchId, undoable), then the merged label is marked
 * deleted and merged, logged with the same batchId. `influencerIds`: the influencers that may
 * carry it (the list's projection); each is read again before writing.
 */
export async function mergeLabels(ctx: LabelContext, fromId: string, intoId: string, influencerIds: readonly string[], onProgress?: (p: BulkProgress) => void): Promise<BulkOutcome> {
  const refused = refusal(ctx);
  if (refused !== null) return { status: 'invalid', reason: refused };
  const plan = planLabelMerge(await readLabels(ctx), fromId, intoId);
  if (!plan.ok) return { status: 'invalid', reason: plan.reason };
  const outcome = await bulkChangeInfluencers(ctx, influencerIds, { kind: 'mergeLabel', fromId, intoId }, { onProgress });
  if (outcome.status === 'done') await patchLabel(ctx, fromId, { isDeleted: true, mergedInto: intoId }, outcome.result.batchId);
  return outcome;
}

/** Deletes a label: removed from every influencer carrying it (one bulk operation), then marked deleted. */
export async function deleteLabel(ctx: LabelContext, id: string, influencerIds: readonly string[], onProgress?: (p: BulkProgress) => void): Promise<BulkOutcome> {
  const refused = refusal(ctx);
  if (refused !== null) return { status: 'invalid', reason: refused };
  const plan = planLabelDelete(await readLabels(ctx), id);
  if (!plan.ok) return { status: 'invalid', reason: plan.reason };
  const outcome = await bulkChangeInfluencers(ctx, influencerIds, { kind: 'deleteLabel', labelId: id }, { onProgress });
  if (outcome.status === 'done') await patchLabel(ctx, id, { isDeleted: true }, outcome.result.batchId);
  return outcome;
}

/**
 * "Undo" of a merge or delete: the labels the operation deleted come back (unless someone
 * brought them back or reused their name since), logged with the undo's own batchId.
 */
export async function restoreLabelsOfBatch(ctx: LabelContext, logged: readonly Activity[], undoBatchId: string): Promise<void> {
  const deletedIds = logged.filter((a) => a.kind === 'label_changed' && a.field === 'isDeleted' && a.to === 'true').map((a) => a.influencerId);
  if (deletedIds.length === 0) return;
  const labels = await readLabels(ctx);
  for (const id of deletedIds) {
    const label = labels.find((l) => l.id === id);
    if (label === undefined || !label.isDeleted || !checkLabelName(labels, label.name, id).ok) continue;
    await patchLabel(ctx, id, { isDeleted: false, mergedInto: null }, undoBatchId);
  }
}
