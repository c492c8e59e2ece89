import { getCrmRuntime } from '../../app/crmRuntime';
import { currentMember } from '../../session/sessionState';
import type { ViewContext } from './commands/viewCommands';

/** The open team's database and the signed-in member, for the view commands. */
export async function viewContext(): Promise<ViewContext> {
  const runtime = await getCrmRuntime();
  return { db: runtime.db, memberId: currentMember().id };
}
