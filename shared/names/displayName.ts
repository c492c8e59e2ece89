import type { Influencer } from '../influencer';

/**
 * The name the list shows (reference 000): the team's custom name when set and not blank,
 * else the official name. Searching still uses the official name, so this is display only.
 */
export function displayName(inf: Pick<Influencer, 'customName' | 'officialName'>): string {
  const custom = inf.customName?.trim() ?? '';
  return custom !== '' ? custom : inf.officialName;
}
