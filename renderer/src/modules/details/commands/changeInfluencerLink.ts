import { planLinkChange } from '../../../../../shared/links/planLinkChange';
import type { ChangeContext, ChangeResult } from '../../influencers/commands/changeInfluencerField';
import { latestInfluencer, writeInfluencerDetails } from './writeInfluencerDetails';

/** A self-created influencer's main link (validated by the shared rule; guarded as "link"). */
export async function changeInfluencerLink(ctx: ChangeContext, influencerId: string, input: string): Promise<ChangeResult> {
  const inf = await latestInfluencer(ctx, influencerId);
  if (inf === null) return { status: 'not_found' };
  const plan = planLinkChange(inf, input);
  if (!plan.ok) return { status: 'invalid', reason: plan.reason };
  if (!plan.changed) return { status: 'unchanged' };
  return writeInfluencerDetails(ctx, influencerId, { link: plan.link });
}
