import { MAX_LINK_LENGTH } from '../schemas/limits';
import { splitLink } from './splitLink';

export type WebLinkResult = { ok: true; link: string } | { ok: false; reason: string };

/** A self-created influencer's link: any http(s) web address; https:// is added when missing. */
export function validateWebLink(input: string): WebLinkResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter a link.' };
  if (trimmed.length > MAX_LINK_LENGTH) return { ok: false, reason: `The link is longer than ${MAX_LINK_LENGTH} characters.` };
  const split = splitLink(trimmed);
  if (split === null) return { ok: false, reason: `"${trimmed}" is not a web address.` };
  if (split.scheme !== null && split.scheme !== 'http' && split.scheme !== 'https') {
    return { ok: false, reason: `Only web links (http or https) are allowed, not ${split.scheme}: links.` };
  }
  if (split.host === 'localhost') return { ok: false, reason: 'A link to this computer (localhost) cannot be an influencer\'s link.' };
  const link = split.scheme === null ? `https://${trimmed.replace(/^\/\//, '')}` : trimmed;
  return { ok: true, link: link.length > MAX_LINK_LENGTH ? trimmed : link };
}
