import { revertToPlatformEmail, setManualEmail } from '../../../../../shared/email/changeEmail';
import type { ChangeContext, ChangeResult } from '../../influencers/commands/changeInfluencerField';
import { latestInfluencer, writeInfluencerDetails } from './writeInfluencerDetails';

/**
 * Sets the manual contact email (shown instead of the platform's from now on); an empty input
 * removes it. `usePlatform` drops the manual email so the platform's shows again. Everyone may.
 */
export async function changeContactEmail(ctx: ChangeContext, influencerId: string, input: string | { usePlatform: true }): Promise<ChangeResult> {
  const inf = await latestInfluencer(ctx, influencerId);
  if (inf === null) return { status: 'not_found' };
  const plan = typeof input === 'string' ? setManualEmail(inf, input) : revertToPlatformEmail(inf);
  if (!plan.ok) return { status: 'invalid', reason: plan.reason };
  if (!plan.changed) return { status: 'unchanged' };
  return writeInfluencerDetails(ctx, influencerId, plan.fields);
}
