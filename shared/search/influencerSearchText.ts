import type { Influencer } from '../influencer';
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
 * can contain, so a term never spans two fields.
 */
export function influencerSearchText(
  inf: Pick<Influencer, 'kind' | 'officialName' | 'customName' | 'email' | 'platformId' | 'link'>,
): string {
  const id = inf.kind === 'platform' ? (inf.platformId ?? '') : inf.link;
  return [inf.email ?? '', inf.officialName, inf.customName ?? '', id].map(foldSearchText).join(SEARCH_FIELD_SEPARATOR);
}
