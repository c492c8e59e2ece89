import { validateEmail } from '../../../../../shared/email/validateEmail';
import { changeInfluencerField, type ChangeContext, type ChangeResult } from './changeInfluencerField';

/** Sets (or, with an empty input, clears) the contact email, logging the change. */
export function changeInfluencerEmail(ctx: ChangeContext, influencerId: string, input: string): Promise<ChangeResult> {
  if (input.trim() === '') return changeInfluencerField(ctx, influencerId, 'email', null);
  const checked = validateEmail(input);
  if (!checked.ok) return Promise.resolve({ status: 'invalid', reason: checked.reason });
  return changeInfluencerField(ctx, influencerId, 'email', checked.email);
}
