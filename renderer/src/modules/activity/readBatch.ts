import type { Activity } from '../../../../shared/activity';
import type { GuardedField } from '../../../../shared/permissions/guardedFields';
import type { ActivityStore } from './activityFeed';

/** A bulk operation as an entry points at it: its id and the time all its entries carry. */
export interface BatchRef {
  batchId: string;
  at: number;
}

export interface BatchSummary {
  /** How many influencers the operation wrote. */
  influencers: number;
  entries: number;
  /** Who ran it (the first entry's actor; one operation has one actor). */
  actorId: string | null;
  /** The field "Undo" checks permissions against; null: none (labels are every member's). */
  undoGuard: GuardedField | null;
  /** Whether "Undo" can take anything in it back (a guarded field, or influencers' labels). */
  undoable: boolean;
  /** A merge of duplicates (undone whole, see merge/mergeInfluencers). */
  merge: boolean;
}

/** The fields a bulk operation writes that "Undo" takes back, by the guard it runs under (most specific first). */
const UNDO_GUARDS: readonly (readonly [string, GuardedField])[] = [
  ['archived', 'archive'],
  ['status', 'status'],
  ['liaisonId', 'liaison'],
];

/**
 * Every entry of one bulk operation: one key of the `at` index (shared/activity.ts, batchId),
 * so this reads the operation's own entries and the few others written in that millisecond.
 */
export async function readBatch(store: ActivityStore, ref: BatchRef): Promise<Activity[]> {
  const docs = await store.find({ selector: { at: ref.at, batchId: ref.batchId }, sort: [{ at: 'asc' }, { id: 'asc' }] }).exec();
  return docs.map((d) => d.toJSON() as Activity);
}

export function summarizeBatch(entries: readonly Activity[]): BatchSummary {
  const fields = new Set(entries.map((e) => e.field));
  return {
    influencers: new Set(entries.map((e) => e.influencerId)).size,
    entries: entries.length,
    actorId: entries[0]?.actorId ?? null,
    undoGuard: UNDO_GUARDS.find(([field]) => fields.has(field))?.[1] ?? null,
    undoable: fields.has('labelIds') || UNDO_GUARDS.some(([field]) => fields.has(field)),
    merge: entries.some((e) => e.kind === 'merged'),
  };
}
