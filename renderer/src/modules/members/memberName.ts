import { DEMO_MEMBERS } from '../../../../shared/demo/demoMembers';
import { getLocalMember } from '../../session/localMember';

const names = new Map<string, string>(DEMO_MEMBERS.map((m) => [m.id, m.name]));

/** A member's name for display; unknown ids (e.g. a member removed later) show as such. */
export function memberName(id: string | null): string {
  if (id === null) return '';
  const local = getLocalMember();
  if (id === local.id) return local.name;
  return names.get(id) ?? 'Unknown member';
}
