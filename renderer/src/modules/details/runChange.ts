import type { ChangeContext, ChangeResult } from '../influencers/commands/changeInfluencerField';
import { commandContext } from '../team/commandContext';

/**
 * Runs one details-page command with the signed-in member's context and says what went wrong,
 * in words for the control's helper text; null when the change was made (or nothing changed).
 */
export async function runChange(command: (ctx: ChangeContext) => Promise<ChangeResult>): Promise<string | null> {
  try {
    const result = await command(await commandContext());
    if (result.status === 'invalid' || result.status === 'refused') return result.reason;
    if (result.status === 'not_found') return 'This influencer is no longer in your CRM.';
    return null;
  } catch (e) {
    return `Not saved: ${e instanceof Error ? e.message : String(e)}`;
  }
}
