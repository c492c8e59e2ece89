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
  if (inf.email !== null && inf.email !== '') keys.push(`email:${inf.email.toLowerCase()}`);
  return keys;
}

function normaliseLinkKey(link: string): string {
  return link
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
