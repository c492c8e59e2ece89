import { DEMO_MEMBERS } from '../../../../shared/demo/demoMembers';
import { currentMemberOrNull } from '../../session/sessionState';

const names = new Map<string, string>(DEMO_MEMBERS.map((m) => [m.id, m.name]));

/**
 * A member's name for display. The signed-in member and the demo team are known; other
 * members of the team are not replicated to the app yet, so they read as such.
 */
export function memberName(id: string | null): string {
  if (id === null) return '';
  const me = currentMemberOrNull();
  if (me !== null && id === me.id) return me.name;
  return names.get(id) ?? 'Another team member';
}
