import { buildNewInfluencer, type NewInfluencerInput } from '../../../../../shared/influencers/buildNewInfluencer';
import type { Influencer } from '../../../../../shared/influencer';
import type { CrmRuntime } from '../../../app/crmRuntime';

export type AddInfluencerResult =
  | { status: 'added'; influencer: Influencer }
  | { status: 'invalid'; errors: Partial<Record<'link' | 'email' | 'name', string>> }
  | { status: 'duplicate'; existingId: string };

/**
 * Adds one influencer by hand and writes its "created" activity entry in the same step.
 * An influencer that is already in the CRM (same account, link or email) is not added
 * again unless the user chose "Add anyway".
 */
export async function addInfluencer(
  runtime: CrmRuntime,
  input: NewInfluencerInput,
  actorId: string,
  /** `initialStatusId`: the team's initial collaboration status (its status catalog's); "Not collaborated" when absent. */
  options: { allowDuplicate?: boolean; initialStatusId?: string } = {},
): Promise<AddInfluencerResult> {
  const built = buildNewInfluencer(input, {
    actorId,
    now: Date.now(),
    influencerId: crypto.randomUUID(),
    activityId: crypto.randomUUID(),
    initialStatusId: options.initialStatusId,
  });
  if (!built.ok) return { status: 'invalid', errors: built.errors };
  if (options.allowDuplicate !== true) {
    const existingId = runtime.projection.findDuplicate(built.influencer);
    if (existingId !== null) return { status: 'duplicate', existingId };
  }
  // The influencer first: an activity entry must never point at nothing.
  await runtime.db.influencers.insert(built.influencer);
  await runtime.db.activities.insert(built.activity);
  return { status: 'added', influencer: built.influencer };
}
