import type { RxConflictHandler, RxConflictHandlerInput, WithDeleted } from 'rxdb';
import type { Activity } from '../../../shared/activity';
import type { Influencer } from '../../../shared/influencer';
import { mergeDocuments, valuesEqual, type Doc, type OverwrittenField } from '../../../shared/sync/mergeDocuments';
import { stableHash } from './stableHash';
import { loggedFields } from '../../../shared/email/loggedFields';

/** Fields the server stamps on every write; the merge and the equality check leave them out. */
const SERVER_FIELDS = ['updatedAt', 'updatedBy'] as const;

type InfluencerState = WithDeleted<Influencer>;

function asDoc(doc: InfluencerState): Doc {
  return doc as unknown as Doc;
}

/**
 * Equal for replication purposes: every field but the server's stamps. After a push RxDB
 * keeps the pushed document (with this device's updatedAt) as the master state, and the
 * server keeps its own stamp: comparing stamps would make every later edit a conflict
 * (docs/sync-api.md, "Push").
 */
export function sameInfluencer(a: InfluencerState, b: InfluencerState): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if ((SERVER_FIELDS as readonly string[]).includes(key)) continue;
    if (!valuesEqual(asDoc(a)[key], asDoc(b)[key])) return false;
  }
  return true;
}

/**
 * The activity entries that record what a resolved conflict overwrote: one per field both
 * sides changed (the email's source fields go with the email's entry, see loggedFields).
 * The id is derived from the conflict itself (document, field, the server
 * version that was overwritten, both values, actor), so resolving the same conflict twice
 * — a retry, a crash before the resolved document was stored — writes the same entry once.
 */
export function overwriteActivities(
  input: RxConflictHandlerInput<Influencer>,
  overwritten: readonly OverwrittenField[],
  actorId: string,
  at: number,
): Activity[] {
  const master = input.realMasterState;
  const logged = new Set(loggedFields(overwritten.map((change) => change.field)));
  return overwritten.filter((change) => logged.has(change.field)).map((change) => {
    const from = JSON.stringify(change.from ?? null);
    const to = JSON.stringify(change.to ?? null);
    const key = JSON.stringify([master.id, change.field, master.updatedAt, master.updatedBy, from, to, actorId]);
    return {
      id: `overwrite-${stableHash(key)}`,
      influencerId: master.id,
      actorId,
      at,
      kind: 'conflict_overwritten',
      field: change.field,
      from,
      to,
      batchId: null,
    };
  });
}

export interface InfluencerConflictDeps {
  /** Stores activity entries; an entry whose id already exists is skipped, not an error. */
  recordActivities(entries: Activity[]): Promise<void>;
  /**
   * Recording failed. The merge still goes ahead: a conflict handler that throws stalls
   * RxDB's upstream for good, which would stop every later change from being sent.
   */
  onRecordFailed?(error: unknown): void;
  /** Who is pushing: the signed-in member. */
  actorId(): string;
  now(): number;
}

/**
 * RxDB's conflict handler for influencers: the field-level three-way merge from shared/.
 * Fields changed locally are applied onto the server's current document; a field both sides
 * changed takes this push's value (the later push wins) and the overwritten value is recorded
 * in the activity log before the merged document is written.
 */
export function createInfluencerConflictHandler(deps: InfluencerConflictDeps): RxConflictHandler<Influencer> {
  return {
    isEqual: (a, b) => sameInfluencer(a, b),
    async resolve(input) {
      const base = input.assumedMasterState === undefined ? null : asDoc(input.assumedMasterState);
      const { merged, overwritten } = mergeDocuments(base, asDoc(input.newDocumentState), asDoc(input.realMasterState));
      if (overwritten.length > 0) {
        try {
          await deps.recordActivities(overwriteActivities(input, overwritten, deps.actorId(), deps.now()));
        } catch (error) {
          (deps.onRecordFailed ?? ((e: unknown) => console.error('An overwritten value was not logged.', e)))(error);
        }
      }
      return merged as unknown as InfluencerState;
    },
  };
}
