import type { Influencer } from '../influencer';
import { displayName } from './displayName';

export interface InfluencerNames {
  /** What the list shows: the custom name when set, else the official name. */
  shown: string;
  /** The platform's name, or the one given by hand for a self-created influencer; what name search matches. */
  official: string;
  /** The team's own name, or null. */
  custom: string | null;
}

/** Both names for the details page, which shows them side by side (reference 000). */
export function influencerNames(inf: Pick<Influencer, 'customName' | 'officialName'>): InfluencerNames {
  const custom = inf.customName?.trim() ?? '';
  return { shown: displayName(inf), official: inf.officialName, custom: custom === '' ? null : custom };
}
