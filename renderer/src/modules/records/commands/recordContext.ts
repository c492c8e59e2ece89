import { getCrmRuntime } from '../../../app/crmRuntime';
import { currentMember } from '../../../session/sessionState';
import type { RecordContext } from './saveRecord';

/** What a screen's record command needs: the team database and the signed-in member. */
export async function recordContext(): Promise<RecordContext> {
  const runtime = await getCrmRuntime();
  return { db: runtime.db, actorId: currentMember().id };
}
