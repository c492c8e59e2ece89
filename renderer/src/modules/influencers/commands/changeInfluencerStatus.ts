import type { Influencer } from '../../../../../shared/influencer';
import { planStatusChange } from '../../../../../shared/statuses/planStatusChange';
import { defaultStatusCatalog, type StatusCatalog } from '../../../../../shared/statuses/statusCatalog';
import type { StatusGroup } from '../../../../../shared/statuses/statusGroups';
import { changeInfluencerFields, type ChangeContext, type ChangeResult } from './changeInfluencerField';

/**
 * Sets the influencer's status in one status group (the Influencer group's is the collaboration
 * status), logging each written field. Moving the collaboration status away from "Not
 * collaborated" makes the actor the liaison when there is none (shared planStatusChange).
 */
export async function changeInfluencerStatus(
  ctx: ChangeContext,
  influencerId: string,
  statusId: string | null,
  options: { group?: StatusGroup; catalog?: StatusCatalog } = {},
): Promise<ChangeResult> {
  const doc = await ctx.db.influencers.findOne(influencerId).exec();
  if (doc === null) return { status: 'not_found' };
  const plan = planStatusChange(doc.getLatest().toJSON() as Influencer, options.catalog ?? defaultStatusCatalog(), options.group ?? 'influencer', statusId, ctx.actorId);
  if (!plan.ok) return { status: 'invalid', reason: plan.reason };
  if (!plan.changed) return { status: 'unchanged' };
  return changeInfluencerFields(ctx, influencerId, plan.fields);
}
