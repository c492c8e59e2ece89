import { DEMO_MEMBERS } from '../../../../shared/demo/demoMembers';
import { currentMemberOrNull } from '../../session/sessionState';
import { useTeamDirectory } from '../team/teamDirectoryStore';

const demoNames = new Map<string, string>(DEMO_MEMBERS.map((m) => [m.id, m.name]));

/**
 * A member's name for display, from the replicated team (so it works offline). Demo data names
 * a made-up team whose members have no accounts: those names come from the demo set.
 */
export function memberName(id: string | null): string {
  if (id === null) return '';
  const member = useTeamDirectory.getState().membersById.get(id);
  if (member !== undefined) return member.active ? member.name : `${member.name} (deactivated)`;
  const me = currentMemberOrNull();
  if (me !== null && id === me.id) return me.name;
  return demoNames.get(id) ?? 'Unknown member';
}
