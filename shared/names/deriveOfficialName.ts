import { parseProfileLink } from '../links/parseProfileLink';
import { splitLink } from '../links/splitLink';
import { MAX_NAME_LENGTH } from '../schemas/limits';

export interface NameSources {
  name?: string;
  link?: string;
  email?: string;
}

/** Path segments that name a page, not a person ("/jane/about" is Jane's). */
const GENERIC_SEGMENT = /^(?:index|home|default|about|contact|profile|videos|posts|featured|links?|bio)(?:\.\w{1,5})?$|\.(?:html?|php|aspx?|jsp|cgi)$/i;

/**
 * A self-created influencer's official name (reference 000, "Influencer Name"): the name the
 * user gave; when none, CRM supplements it from the link (a profile's handle or username, a
 * page's last meaningful path segment, else the site), then from the contact email's local
 * part. Derived names keep the case the user typed ("MrBeast", not "mrbeast") and are cut
 * to MAX_NAME_LENGTH so the document stays valid. A given name is only trimmed: checking its
 * length is the form's job, with a message.
 *
 * Throws when there is nothing to name by: callers check for that first and tell the user.
 */
export function deriveOfficialName(from: NameSources): string {
  const name = from.name?.trim() ?? '';
  if (name !== '') return name;
  const derived = fromLink(from.link?.trim() ?? '') ?? fromEmail(from.email?.trim() ?? '');
  if (derived === null) throw new Error('Cannot name a self-created influencer: give a name, a link or an email.');
  return derived.slice(0, MAX_NAME_LENGTH);
}

function fromLink(link: string): string | null {
  if (link === '') return null;
  const split = splitLink(link);
  if (split === null) return null;
  const profile = parseProfileLink(link);
  if (profile.ok) {
    const id = profile.platformId.replace(/^@/, '').replace(/^(?:c|user)\//, '');
    // The platform id is lower-cased; the segment as typed is the nicer name.
    const typed = split.segments.map((s) => s.replace(/^@/, '')).find((s) => s.toLowerCase() === id.toLowerCase());
    return typed ?? id;
  }
  for (let i = split.segments.length - 1; i >= 0; i--) {
    const segment = (split.segments[i] ?? '').replace(/^@/, '').trim();
    if (segment !== '' && !GENERIC_SEGMENT.test(segment)) return segment;
  }
  return split.host.replace(/^www\./, '');
}

function fromEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at <= 0) return null;
  const local = email.slice(0, at);
  // "jane.doe+pr" → "jane.doe": the tag after + is a mailbox filter, not part of the name.
  const untagged = local.replace(/\+.*$/, '');
  return untagged !== '' ? untagged : local;
}
