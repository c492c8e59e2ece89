import { parseProfileLink } from '../links/parseProfileLink';
import { splitLink } from '../links/splitLink';

/**
 * A self-created influencer's name: the one given, else one derived from the link (a
 * profile's handle or username, a page's last path segment, or the site), else from the
 * email's local part (reference 000: "CRM will supplement based on existing information").
 */
export function deriveOfficialName(from: { name?: string; link?: string; email?: string }): string {
  const name = from.name?.trim() ?? '';
  if (name !== '') return name;

  const link = from.link?.trim() ?? '';
  if (link !== '') {
    const profile = parseProfileLink(link);
    if (profile.ok) return profile.platformId.replace(/^@/, '').replace(/^(c|user)\//, '');
    const split = splitLink(link);
    if (split !== null) {
      const last = [...split.segments].reverse().find((s) => s.trim() !== '' && !/^(index\.html?|home)$/i.test(s));
      return last?.replace(/^@/, '') ?? split.host.replace(/^www\./, '');
    }
  }

  const email = from.email?.trim() ?? '';
  const at = email.indexOf('@');
  if (at > 0) return email.slice(0, at).replace(/\+.*$/, '');

  throw new Error('A self-created influencer needs a name, a link or an email to be named by.');
}
