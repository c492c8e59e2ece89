import { changeInfluencerField, type ChangeContext, type ChangeResult } from './changeInfluencerField';

/**
 * Archives an influencer (it leaves every list but "Archived influencers") or restores it.
 * Nothing is ever deleted. Logged as "archived" / "restored".
 */
export function setInfluencerArchived(ctx: ChangeContext, influencerId: string, archived: boolean): Promise<ChangeResult> {
  return changeInfluencerField(ctx, influencerId, 'archived', archived);
}
