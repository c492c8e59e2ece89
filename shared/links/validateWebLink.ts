import { MAX_LINK_LENGTH } from '../schemas/limits';
import { splitLink } from './splitLink';

export type WebLinkResult = { ok: true; link: string } | { ok: false; reason: string };

/**
 * A self-created influencer's link (a homepage, a link-in-bio page, a profile elsewhere): any
 * http(s) address on a real domain. https:// is added when no scheme was typed; scheme and
 * host are lower-cased (they are case-insensitive), the rest is kept as typed because paths
 * and queries may be case-sensitive.
 */
export function validateWebLink(input: string): WebLinkResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter a link.' };
  if (trimmed.length > MAX_LINK_LENGTH) return tooLong();
  const split = splitLink(trimmed);
  if (split === null) {
    return { ok: false, reason: `"${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}" is not a web address. A link looks like example.com or https://example.com/page.` };
  }
  if (split.scheme !== null && split.scheme !== 'http' && split.scheme !== 'https') {
    return { ok: false, reason: `Only web links (http or https) are allowed, not ${split.scheme}: links.` };
  }
  if (split.host === 'localhost') return { ok: false, reason: "A link to this computer (localhost) cannot be an influencer's link." };
  const query = split.query === '' ? '' : `?${split.query}`;
  const fragment = split.fragment === '' ? '' : `#${split.fragment}`;
  const link = `${split.scheme ?? 'https'}://${split.host}${split.port}${split.path}${query}${fragment}`;
  // Adding the scheme can push a link at the limit over it.
  return link.length > MAX_LINK_LENGTH ? tooLong() : { ok: true, link };
}

function tooLong(): WebLinkResult {
  return { ok: false, reason: `The link is longer than ${MAX_LINK_LENGTH} characters.` };
}
