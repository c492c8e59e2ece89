import type { Activity } from '../activity';
import type { Influencer } from '../influencer';
import { MAX_ACTIVITY_VALUE_LENGTH } from '../schemas/activitySchema';
import { valuesEqual } from '../sync/mergeDocuments';

export interface RecordingActivityContext {
  /** The member the change is recorded for: who requested, claimed or cancelled it. */
  actorId: string;
  at: number;
  /** One id for the recording's entries, so the log shows them as one operation. */
  batchId: string;
  newId: () => string;
}

/**
 * The activity entries for writing `fields` on `before` (a request, a claim, a result): one
 * "field_changed" entry per field that really changes, from/to JSON-encoded as everywhere
 * in the log. A failed recording's entry on `recording` carries the reason, so the log keeps
 * why it failed.
 */
export function recordingActivities(before: Influencer, fields: Partial<Influencer>, ctx: RecordingActivityContext): Activity[] {
  const entries: Activity[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const old: unknown = (before as unknown as Record<string, unknown>)[field];
    if (valuesEqual(old ?? null, value ?? null)) continue;
    entries.push({
      id: ctx.newId(),
      influencerId: before.id,
      actorId: ctx.actorId,
      at: ctx.at,
      kind: 'field_changed',
      field,
      from: encode(old),
      to: encode(value),
      batchId: ctx.batchId,
    });
  }
  return entries;
}

function encode(value: unknown): string {
  const json = JSON.stringify(value ?? null);
  // Profile descriptions are long; the log keeps that something changed rather than fail.
  return json.length <= MAX_ACTIVITY_VALUE_LENGTH ? json : JSON.stringify('(too long to log)');
}
