import { getCrmRuntime } from '../../app/crmRuntime';
import { currentMember } from '../../session/sessionState';
import type { ChangeContext } from '../influencers/commands/changeInfluencerField';
import { currentPermissionContext } from './permissionContext';

/** What a screen's command needs: the team database, the actor and the team's permission rules. */
export async function commandContext(): Promise<ChangeContext> {
  const runtime = await getCrmRuntime();
  return { db: runtime.db, actorId: currentMember().id, permissions: currentPermissionContext() };
}
