import type { CrmRecord } from '../../../../../shared/records/crmRecord';
import { validateRecord } from '../../../../../shared/records/validateRecord';
import type { CrmDatabase } from '../../../db/database';
import { recordActivity } from '../recordActivity';

/** The type-specific part of a record, as a form builds it. */
export type RecordFields = { [T in CrmRecord['type']]: Omit<Extract<CrmRecord, { type: T }>, 'id' | 'influencerId' | 'projectId' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'> }[CrmRecord['type']];

export interface RecordContext {
  db: Pick<CrmDatabase, 'records' | 'activities'>;
  actorId: string;
  now?: () => number;
  newId?: () => string;
}

export type RecordResult = { status: 'saved'; id: string } | { status: 'unchanged' } | { status: 'invalid'; reason: string } | { status: 'not_found' };

function invalid(errors: readonly string[]): RecordResult {
  return { status: 'invalid', reason: errors.join('; ') };
}

/**
 * Adds an Overview record to an influencer, with its "record_added" activity entry in the same
 * step. Everyone in the team may; the record is checked with the shared validateRecord first,
 * as the server checks it again on push.
 */
export async function addRecord(ctx: RecordContext, influencerId: string, fields: RecordFields): Promise<RecordResult> {
  const at = (ctx.now ?? Date.now)();
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const record = { ...fields, id: newId(), influencerId, projectId: '', createdAt: at, createdBy: ctx.actorId, updatedAt: at, updatedBy: ctx.actorId };
  const checked = validateRecord(record);
  if (!checked.ok) return invalid(checked.errors);
  const entry = recordActivity(null, checked.record, { id: newId(), actorId: ctx.actorId, at });
  // The record first: an activity entry must never point at nothing.
  await ctx.db.records.insert(checked.record);
  if (entry !== null) await ctx.db.activities.insert(entry);
  return { status: 'saved', id: checked.record.id };
}

/** Changes a record's own fields (its type stays), logging the changed fields as "record_changed". */
export async function changeRecord(ctx: RecordContext, recordId: string, fields: RecordFields): Promise<RecordResult> {
  const doc = await ctx.db.records.findOne(recordId).exec();
  if (doc === null) return { status: 'not_found' };
  const before = doc.getLatest().toJSON() as CrmRecord;
  if (before.type !== fields.type) return { status: 'invalid', reason: `This record is a ${before.type}, not a ${fields.type}.` };
  const at = (ctx.now ?? Date.now)();
  const checked = validateRecord({ ...before, ...fields, updatedAt: at, updatedBy: ctx.actorId });
  if (!checked.ok) return invalid(checked.errors);
  const entry = recordActivity(before, checked.record, { id: (ctx.newId ?? (() => crypto.randomUUID()))(), actorId: ctx.actorId, at });
  if (entry === null) return { status: 'unchanged' };
  await doc.incrementalPatch({ ...fields, updatedAt: at, updatedBy: ctx.actorId });
  await ctx.db.activities.insert(entry);
  return { status: 'saved', id: recordId };
}
