import { COLLABORATION_STATUSES } from '../../../../../shared/statuses';
import { changeInfluencerField, type ChangeContext, type ChangeResult } from './changeInfluencerField';

/** Moves the influencer to another collaboration status of the catalog, logging the change. */
export function changeInfluencerStatus(ctx: ChangeContext, influencerId: string, statusId: string): Promise<ChangeResult> {
  if (!COLLABORATION_STATUSES.some((s) => s.id === statusId)) {
    return Promise.resolve({ status: 'invalid', reason: `"${statusId}" is not a collaboration status.` });
  }
  return changeInfluencerField(ctx, influencerId, 'status', statusId);
}
