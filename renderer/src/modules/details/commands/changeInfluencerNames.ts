import { planOfficialNameChange } from '../../../../../shared/names/planOfficialNameChange';
import { validateCustomName } from '../../../../../shared/names/validateCustomName';
import type { ChangeContext, ChangeResult } from '../../influencers/commands/changeInfluencerField';
import { latestInfluencer, writeInfluencerDetails, type DetailsChanges } from './writeInfluencerDetails';

/**
 * Saves the name form: the custom name (empty clears it) and, for a self-created influencer,
 * the official name (empty derives it again from the link or email). Both are the guarded
 * "name" field; written together or not at all.
 */
export async function changeInfluencerNames(ctx: ChangeContext, influencerId: string, input: { custom: string; official?: string }): Promise<ChangeResult> {
  const inf = await latestInfluencer(ctx, influencerId);
  if (inf === null) return { status: 'not_found' };
  const custom = validateCustomName(input.custom);
  if (!custom.ok) return { status: 'invalid', reason: custom.reason };
  const changes: DetailsChanges = { customName: custom.customName };
  if (input.official !== undefined) {
    const official = planOfficialNameChange(inf, input.official);
    if (!official.ok) return { status: 'invalid', reason: official.reason };
    changes.officialName = official.officialName;
  }
  return writeInfluencerDetails(ctx, influencerId, changes);
}
