import type { Influencer } from '../influencer';

/**
 * Keys under which two influencers count as the same person: the same platform account,
 * the same profile link, or the same contact email. An index of these keys lets the
 * "Add influencer" dialog find an existing influencer without a database query.
 */
export function duplicateKeys(inf: Pick<Influencer, 'platform' | 'platformId' | 'link' | 'email'>): string[] {
  const keys: string[] = [];
  if (inf.platform !== null && inf.platformId !== null) keys.push(`account:${inf.platform}:${inf.platformId.toLowerCase()}`);
  if (inf.link !== '') keys.push(`link:${normaliseLinkKey(inf.link)}`);
  if (inf.email !== null && inf.email !== '') keys.push(`email:${inf.email.trim().toLowerCase()}`);
  return keys;
}

// Query parameters that only say where a click came from, never whose page it is.
const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|igsh|igshid|si|ref|ref_src|feature|mc_[a-z]+)$/i;

/**
 * A link as a key: case, scheme, "www."/"m." and trailing slashes do not make another page,
 * and neither do a fragment or tracking parameters ("?utm_source=…", Instagram's "?igsh=…"),
 * so a link-in-bio page pasted from a share sheet still finds its influencer.
 */
export function normaliseLinkKey(link: string): string {
  // Most links have neither query nor fragment: skip the parameter work for them.
  if (!link.includes('?') && !link.includes('#')) return stripLink(link.trim().toLowerCase());
  const [withoutFragment = ''] = link.trim().split('#');
  const queryAt = withoutFragment.indexOf('?');
  const base = queryAt < 0 ? withoutFragment : withoutFragment.slice(0, queryAt);
  const query = queryAt < 0 ? '' : withoutFragment.slice(queryAt + 1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAM.test(pair.split('=')[0] ?? ''))
    .join('&');
  const stripped = stripLink(base.toLowerCase());
  return query === '' ? stripped : `${stripped}?${query.toLowerCase()}`;
}

function stripLink(lowerCased: string): string {
  return lowerCased.replace(/^https?:\/\//, '').replace(/^(?:www|m)\./, '').replace(/\/+$/, '');
}
