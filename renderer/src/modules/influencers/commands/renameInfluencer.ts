import { MAX_NAME_LENGTH } from '../../../../../shared/schemas/limits';
import { changeInfluencerField, type ChangeContext, type ChangeResult } from './changeInfluencerField';

/**
 * Sets the team's own name for the influencer (what the list shows); an empty name clears
 * it, and the official name shows again. Search keeps matching the official name.
 */
export function renameInfluencer(ctx: ChangeContext, influencerId: string, input: string): Promise<ChangeResult> {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name.length > MAX_NAME_LENGTH) {
    return Promise.resolve({ status: 'invalid', reason: `A name has at most ${MAX_NAME_LENGTH} characters.` });
  }
  return changeInfluencerField(ctx, influencerId, 'customName', name === '' ? null : name);
}
