import { effectiveEmail } from '../email/effectiveEmail';
import { PLATFORM_LABELS, type Influencer } from '../influencer';
import { MAX_NAME_LENGTH } from '../schemas/limits';
import { deriveOfficialName } from './deriveOfficialName';

export type OfficialNameChange = { ok: true; changed: boolean; officialName: string } | { ok: false; reason: string };

type NameFields = Pick<Influencer, 'kind' | 'platform' | 'officialName' | 'link' | 'email' | 'manualEmail' | 'platformEmail'>;

/**
 * A person edits the official name (reference 000, "Influencer Name"): a platform
 * influencer's comes from the platform and cannot be edited (its custom name can); a
 * self-created influencer's is whatever the person gives, and when they clear it, it is
 * derived again from the link or the contact email.
 */
export function planOfficialNameChange(inf: NameFields, input: string): OfficialNameChange {
  if (inf.kind === 'platform') {
    const platform = inf.platform === null ? 'the platform' : PLATFORM_LABELS[inf.platform];
    return { ok: false, reason: `The official name comes from ${platform}. Give a custom name instead.` };
  }
  const name = input.trim().replace(/\s+/g, ' ');
  if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: `A name has at most ${MAX_NAME_LENGTH} characters.` };
  let officialName = name;
  if (name === '') {
    const email = effectiveEmail(inf);
    try {
      officialName = deriveOfficialName({ link: inf.link, email: email ?? undefined });
    } catch {
      return { ok: false, reason: 'This influencer has no link or email to name it by: give a name.' };
    }
  }
  return { ok: true, changed: officialName !== inf.officialName, officialName };
}
