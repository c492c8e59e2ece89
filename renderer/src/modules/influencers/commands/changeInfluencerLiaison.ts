import { useTeamDirectory } from '../../team/teamDirectoryStore';
import { changeInfluencerField, type ChangeContext, type ChangeResult } from './changeInfluencerField';

/** Hands the relationship to another active member of the team (null: nobody). */
export function changeInfluencerLiaison(ctx: ChangeContext, influencerId: string, liaisonId: string | null): Promise<ChangeResult> {
  if (liaisonId !== null) {
    const member = (ctx.permissions?.membersById ?? useTeamDirectory.getState().membersById).get(liaisonId);
    if (member === undefined) return Promise.resolve({ status: 'invalid', reason: 'The liaison must be a member of your team.' });
    if (!member.active) return Promise.resolve({ status: 'invalid', reason: `${member.name} has been deactivated and cannot be a liaison.` });
  }
  return changeInfluencerField(ctx, influencerId, 'liaisonId', liaisonId);
}
