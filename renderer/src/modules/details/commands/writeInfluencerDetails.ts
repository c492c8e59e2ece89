import type { Influencer } from '../../../../../shared/influencer';
import { changeInfluencerFields, type ChangeContext, type ChangeResult, type FieldChanges } from '../../influencers/commands/changeInfluencerField';

/** The fields the details page writes beyond the shared write path's EditableField list. */
export type DetailsField = 'email' | 'manualEmail' | 'platformEmail' | 'customName' | 'officialName' | 'link' | 'channels';
export type DetailsChanges = Partial<Pick<Influencer, DetailsField>>;

/**
 * Writes details-page fields through the one write path (changeInfluencerFields: permission
 * check with the shared rule, one activity entry per changed field).
 */
export function writeInfluencerDetails(ctx: ChangeContext, influencerId: string, changes: DetailsChanges): Promise<ChangeResult> {
  return changeInfluencerFields(ctx, influencerId, changes satisfies FieldChanges);
}

/** The influencer as stored now, or null (commands plan on the latest document). */
export async function latestInfluencer(ctx: ChangeContext, influencerId: string): Promise<Influencer | null> {
  const doc = await ctx.db.influencers.findOne(influencerId).exec();
  return doc === null ? null : (doc.getLatest().toJSON() as Influencer);
}
