import { MAX_NAME_LENGTH } from '../schemas/limits';

export type TeamNameResult = { ok: true; name: string } | { ok: false; reason: string };

/** A member's or a group's name: trimmed, inner spaces collapsed, 1–200 characters. */
export function validateTeamName(input: string, what: 'member' | 'group'): TeamNameResult {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, reason: what === 'group' ? 'A group needs a name.' : 'A member needs a name.' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: `A name has at most ${MAX_NAME_LENGTH} characters.` };
  return { ok: true, name };
}
