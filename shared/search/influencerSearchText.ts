import type { Influencer } from '../influencer';
import { channelSearchTerms } from '../links/channelKeys';
import { foldSearchText } from './foldSearchText';

/** Separates the fields of a search text; folded terms never contain it. */
export const SEARCH_FIELD_SEPARATOR = '\n';

/**
 * The folded text a row is searched in, computed once per row (the list keeps it).
 *
 * Which fields, by influencer type (reference 000, "CRM Search"): platform influencers by
 * email, name and channel id; self-created influencers by email, name and link. "Name" is the
 * official name as the reference says, and the custom name too because that is what the list
 * shows and what people type.
 *
 * Layout: the email comes first, so `email:` can test "occurs before the first separator"
 * without cutting the string (see compileSearch); fields are joined with a separator no term
 * can contain, so a term never spans two fields. The additional channels (their links and
 * account ids) come last: search covers them for both types (reference 000, "CRM Fields").
 */
export function influencerSearchText(
  inf: Pick<Influencer, 'kind' | 'officialName' | 'customName' | 'email' | 'platformId' | 'link' | 'channels'>,
): string {
  const id = inf.kind === 'platform' ? (inf.platformId ?? '') : inf.link;
  return [inf.email ?? '', inf.officialName, inf.customName ?? '', id, ...channelSearchTerms(inf)].map(foldSearchText).join(SEARCH_FIELD_SEPARATOR);
}
