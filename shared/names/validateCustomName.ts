import { MAX_NAME_LENGTH } from '../schemas/limits';

export type CustomNameResult = { ok: true; customName: string | null } | { ok: false; reason: string };

/**
 * The team's own name for an influencer (reference 000): any name, trimmed; an empty input
 * removes it, and the official name shows again.
 */
export function validateCustomName(input: string): CustomNameResult {
  const name = input.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: true, customName: null };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: `A name has at most ${MAX_NAME_LENGTH} characters.` };
  return { ok: true, customName: name };
}
