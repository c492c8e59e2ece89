import type { Activity } from '../../../../shared/activity';
import type { CrmRecord } from '../../../../shared/records/crmRecord';
import { RECORD_TYPE_FIELDS } from '../../../../shared/records/validateRecord';

/** Notes can hold 10,000 characters; the log keeps the start (an entry is capped at 10,000). */
const MAX_LOGGED_TEXT = 300;

export type RecordFieldValues = Record<string, unknown>;

function shorten(value: unknown): unknown {
  return typeof value === 'string' && value.length > MAX_LOGGED_TEXT ? `${value.slice(0, MAX_LOGGED_TEXT - 1)}…` : value;
}

/** The record's own fields (not ids and stamps), in the type's field order. */
export function recordFieldValues(record: CrmRecord): RecordFieldValues {
  const values: RecordFieldValues = {};
  for (const field of RECORD_TYPE_FIELDS[record.type]) values[field] = (record as unknown as Record<string, unknown>)[field] ?? null;
  return values;
}

/** The fields whose values differ between two versions of one record. */
export function changedRecordFields(before: CrmRecord, after: CrmRecord): string[] {
  const a = recordFieldValues(before);
  const b = recordFieldValues(after);
  return Object.keys(b).filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null));
}

function encode(id: string, values: RecordFieldValues, fields: readonly string[]): string {
  const picked: RecordFieldValues = { id };
  for (const field of fields) picked[field] = shorten(values[field] ?? null);
  return JSON.stringify(picked);
}

/**
 * The activity entry written with a record change: "record_added" holds the new record's
 * fields in `to`; "record_changed" the changed fields before (`from`) and after (`to`). Null
 * when an edit changes nothing.
 */
export function recordActivity(before: CrmRecord | null, after: CrmRecord, meta: { id: string; actorId: string; at: number }): Activity | null {
  const base = { id: meta.id, influencerId: after.influencerId, actorId: meta.actorId, at: meta.at, field: after.type, batchId: null };
  if (before === null) {
    const values = recordFieldValues(after);
    return { ...base, kind: 'record_added', from: null, to: encode(after.id, values, Object.keys(values)) };
  }
  const changed = changedRecordFields(before, after);
  if (changed.length === 0) return null;
  return { ...base, kind: 'record_changed', from: encode(after.id, recordFieldValues(before), changed), to: encode(after.id, recordFieldValues(after), changed) };
}
