import type { Activity } from '../../../../../shared/activity';
import type { Influencer } from '../../../../../shared/influencer';
import { canChangeInfluencerField } from '../../../../../shared/permissions/canChangeInfluencerField';
import { recordingActivities } from '../../../../../shared/recording/recordingActivities';
import { clearRecording, requestRecording, type RecordingChange } from '../../../../../shared/recording/requestRecording';
import type { ChangeContext, ChangeResult } from '../../influencers/commands/changeInfluencerField';

/**
 * "Record": asks the server to look a self-created influencer's profile up (reference 000).
 * Guarded like the link it records; refused by the shared rule when there is nothing to
 * record. Written like any edit — the influencer's `recording` and one log entry — so offline
 * it is just a local write that the next push carries to the server, which runs it.
 */
export function requestInfluencerRecording(ctx: ChangeContext, influencerId: string): Promise<ChangeResult> {
  return writeRecording(ctx, influencerId, (inf, at) => requestRecording(inf, { actorId: ctx.actorId, now: at }));
}

/** Takes back a request the server has not started, or dismisses a failure (same guard). */
export function cancelInfluencerRecording(ctx: ChangeContext, influencerId: string): Promise<ChangeResult> {
  return writeRecording(ctx, influencerId, (inf) => clearRecording(inf));
}

async function writeRecording(ctx: ChangeContext, influencerId: string, step: (inf: Influencer, at: number) => RecordingChange): Promise<ChangeResult> {
  const doc = await ctx.db.influencers.findOne(influencerId).exec();
  if (doc === null) return { status: 'not_found' };
  const latest = doc.getLatest().toJSON() as Influencer;
  const at = (ctx.now ?? Date.now)();
  // The rule first: "a platform influencer already" says more than "its link is fixed".
  const planned = step(latest, at);
  if (!planned.ok) return { status: 'refused', reason: planned.reason };
  if (ctx.permissions !== undefined) {
    const permission = canChangeInfluencerField(ctx.permissions, latest, 'link');
    if (!permission.allowed) return { status: 'refused', reason: permission.reason };
  }

  let before: Influencer | null = null;
  let refusal: string | null = null;
  await doc.incrementalModify((data) => {
    // Decided again on the document as written: another window or a pull may have moved it on.
    const again = step(data as Influencer, at);
    if (!again.ok) {
      refusal = again.reason;
      return data;
    }
    before = { ...(data as Influencer) };
    return { ...data, recording: again.recording, updatedAt: at, updatedBy: ctx.actorId };
  });
  if (refusal !== null || before === null) return { status: 'refused', reason: refusal ?? 'The recording changed meanwhile.' };
  const after = (doc.getLatest().toJSON() as Influencer).recording ?? null;
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const entries: Activity[] = recordingActivities(before, { recording: after }, { actorId: ctx.actorId, at, batchId: '', newId }).map((entry) => ({ ...entry, batchId: null }));
  if (entries.length === 0) return { status: 'unchanged' };
  await ctx.db.activities.bulkInsert(entries);
  return { status: 'changed' };
}
