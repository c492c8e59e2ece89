import type { Influencer } from '../influencer';
import { validateWebLink } from './validateWebLink';

export type LinkChange = { ok: true; changed: boolean; link: string } | { ok: false; reason: string };

/**
 * A person edits the main link (reference 000, "Influencer Link"): fixed for platform
 * influencers (it identifies the account), free for self-created ones, where it must be a web
 * link or empty. A profile link is kept as typed: recording makes it a platform influencer.
 */
export function planLinkChange(inf: Pick<Influencer, 'kind' | 'link'>, input: string): LinkChange {
  if (inf.kind === 'platform') return { ok: false, reason: "A platform influencer's link identifies its account and cannot be changed. Add other links as channels." };
  if (input.trim() === '') return { ok: true, changed: inf.link !== '', link: '' };
  const checked = validateWebLink(input);
  if (!checked.ok) return checked;
  return { ok: true, changed: checked.link !== inf.link, link: checked.link };
}
