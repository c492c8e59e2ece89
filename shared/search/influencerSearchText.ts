import type { Influencer } from '../influencer';
import { foldText } from './foldText';

/**
 * The folded text the quick search looks in. Names are matched on the official name as the
 * reference says, and on the custom name too because that is what the list shows.
 * Fields are joined with a separator no term can contain, so a term never spans two fields.
 */
export function influencerSearchText(
  inf: Pick<Influencer, 'officialName' | 'customName' | 'email' | 'platformId' | 'link'>,
): string {
  return foldText(
    [inf.officialName, inf.customName ?? '', inf.email ?? '', inf.platformId ?? '', inf.link].join('\n'),
  );
}
