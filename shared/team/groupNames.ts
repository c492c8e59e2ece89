import { foldText } from '../search/foldText';
import type { Group } from './group';
import { refuse, type TeamRefusal } from './teamChange';
import { validateTeamName } from './validateTeamName';

/**
 * A group name ready to store: valid, and not another group's name (ignoring case and
 * accents, so "Équipe A" and "equipe a" cannot both exist and be confused in a menu).
 */
export function checkGroupName(groups: readonly Group[], input: string, exceptId: string | null): { ok: true; name: string } | TeamRefusal {
  const checked = validateTeamName(input, 'group');
  if (!checked.ok) return refuse('invalid_name', checked.reason);
  const key = foldText(checked.name);
  const clash = groups.find((g) => g.id !== exceptId && foldText(g.name) === key);
  if (clash !== undefined) return refuse('name_taken', `There is already a group named ${clash.name}.`);
  return { ok: true, name: checked.name };
}
