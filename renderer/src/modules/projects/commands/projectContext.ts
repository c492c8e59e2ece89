import { getCrmRuntime } from '../../../app/crmRuntime';
import { currentMember } from '../../../session/sessionState';
import type { AddToProjectContext } from './addToEmailProject';

/** What a screen's project command needs: the team database and the signed-in member. */
export async function projectContext(): Promise<AddToProjectContext> {
  const runtime = await getCrmRuntime();
  return { db: runtime.db, actorId: currentMember().id };
}
