import type { Kysely, Transaction } from 'kysely';
import type { Influencer } from '../../shared/influencer';
import { recordingStepOf } from '../../shared/recording/recordingState';
import type { Doc } from '../../shared/sync/mergeDocuments';
import { valuesEqual } from '../../shared/sync/mergeDocuments';
import type { Database } from '../storage/tables';

export interface RecordingJob {
  teamId: string;
  influencerId: string;
}

/**
 * Called by the push transaction for each influencer it writes: a write that makes the
 * recording "requested" (a new request, or a retry after a failure) queues a job, due now.
 * Same transaction as the document, so a committed request is always queued — also when
 * the server stops right after, and whichever instance took the push.
 */
export async function queueRequestedRecordings(trx: Transaction<Database>, teamId: string, written: readonly { before: Doc | null; after: Doc }[], now: number): Promise<number> {
  let queued = 0;
  for (const { before, after } of written) {
    const next = after as unknown as Influencer;
    if (recordingStepOf(next) !== 'requested') continue;
    if (before !== null && valuesEqual((before as unknown as Influencer).recording ?? null, next.recording ?? null)) continue;
    await trx
      .insertInto('recording_jobs')
      .values({ team_id: teamId, influencer_id: next.id, due_at: now, attempts: 0, batch_id: null })
      .onConflict((oc) => oc.columns(['team_id', 'influencer_id']).doUpdateSet({ due_at: now, attempts: 0, batch_id: null }))
      .execute();
    queued++;
  }
  return queued;
}

/** Jobs a worker should look at now, oldest first. */
export async function dueRecordingJobs(db: Kysely<Database>, now: number, limit: number): Promise<RecordingJob[]> {
  const rows = await db
    .selectFrom('recording_jobs')
    .select(['team_id', 'influencer_id'])
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .orderBy('team_id')
    .orderBy('influencer_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ teamId: row.team_id, influencerId: row.influencer_id }));
}
