import type { Influencer } from '../influencer';

/** The name the list shows: the team's custom name when set, else the official name (reference 000). */
export function displayName(inf: Pick<Influencer, 'customName' | 'officialName'>): string {
  const custom = inf.customName?.trim() ?? '';
  return custom !== '' ? custom : inf.officialName;
}
