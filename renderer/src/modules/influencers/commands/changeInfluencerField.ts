import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { valuesEqual } from '../../../../../shared/sync/mergeDocuments';
import type { CrmDatabase } from '../../../db/database';

/** The fields a single edit on the details page may change. */
export type EditableField = 'email' | 'status' | 'customName';

export type ChangeResult = { status: 'changed' } | { status: 'unchanged' } | { status: 'invalid'; reason: string } | { status: 'not_found' };

export interface ChangeContext {
  db: Pick<CrmDatabase, 'influencers' | 'activities'>;
  actorId: string;
  now?: () => number;
  newId?: () => string;
}

/**
 * Writes one field of one influencer and its "field_changed" activity entry (from/to
 * JSON-encoded) in the same step. The document is stamped locally (updatedAt/updatedBy);
 * the server stamps it again when it is pushed. `from` is the value the write replaced,
 * read inside RxDB's incremental write, so a concurrent write from another window is not
 * misreported. Used by the single-field commands; validation happens before.
 */
export async function changeInfluencerField<F extends EditableField>(
  ctx: ChangeContext,
  influencerId: string,
  field: F,
  value: Influencer[F],
): Promise<ChangeResult> {
  const now = ctx.now ?? Date.now;
  const doc = await ctx.db.influencers.findOne(influencerId).exec();
  if (doc === null) return { status: 'not_found' };
  if (valuesEqual(doc.getLatest().toJSON()[field], value)) return { status: 'unchanged' };
  let from: Influencer[F] | undefined;
  const at = now();
  await doc.incrementalModify((data) => {
    from = data[field];
    return { ...data, [field]: value, updatedAt: at, updatedBy: ctx.actorId };
  });
  const entry: Activity = {
    id: (ctx.newId ?? (() => crypto.randomUUID()))(),
    influencerId,
    actorId: ctx.actorId,
    at,
    kind: 'field_changed',
    field,
    from: JSON.stringify(from ?? null),
    to: JSON.stringify(value),
    batchId: null,
  };
  await ctx.db.activities.insert(entry);
  return { status: 'changed' };
}
