import type { Channel, Influencer } from '../influencer';
import { duplicateKeys } from '../influencers/duplicateKeys';
import { parseChannelLink, type ChannelLinkResult } from './parseChannelLink';

type KeyFields = Pick<Influencer, 'platform' | 'platformId' | 'link' | 'channels' | 'profile'>;

/**
 * Keys under which a link belongs to an influencer, in the format of duplicateKeys
 * (`account:<network>:<id>`, `link:<host/path>`), so one index answers "who has this link?"
 * for main links and additional channels alike: adding a link someone already has offers to
 * open or extend that influencer instead of creating a duplicate (reference 003).
 */
export function linkKeys(input: string): string[] {
  const parsed = parseChannelLink(input);
  return parsed.ok ? keysOf(parsed) : [];
}

/** Every key an influencer's links own: its main link and account, its channels, and a recorded YouTube handle. */
export function influencerLinkKeys(inf: KeyFields): string[] {
  const keys = new Set(duplicateKeys({ platform: inf.platform, platformId: inf.platformId, link: inf.link, email: null }));
  // A self-created influencer's link may be a profile: it owns that account too.
  if (inf.platform === null && inf.link !== '') for (const key of linkKeys(inf.link)) keys.add(key);
  for (const channel of channelsOf(inf)) for (const key of channelKeys(channel)) keys.add(key);
  const handle = inf.profile?.handle;
  if (inf.platform === 'youtube' && handle !== undefined && handle !== null) for (const key of linkKeys(`https://www.youtube.com/${handle}`)) keys.add(key);
  return [...keys];
}

export function channelKeys(channel: Channel): string[] {
  return linkKeys(channel.url);
}

/** The additional channels, [] for a version 0 document. */
export function channelsOf(inf: Pick<Influencer, 'channels'>): Channel[] {
  return inf.channels ?? [];
}

/**
 * Terms quick search can match for the channels: each link without its scheme and "www."
 * and each account id ("x.com/jack", "jack").
 */
export function channelSearchTerms(inf: Pick<Influencer, 'channels'>): string[] {
  const terms: string[] = [];
  for (const channel of channelsOf(inf)) {
    terms.push(channel.url.replace(/^https?:\/\//, '').replace(/^www\./, ''));
    const parsed = parseChannelLink(channel.url);
    if (parsed.ok && parsed.accountId !== null) terms.push(parsed.accountId);
  }
  return terms;
}

/** For YouTube, Instagram and TikTok the account key is the one duplicateKeys gives a platform influencer. */
function keysOf(parsed: Extract<ChannelLinkResult, { ok: true }>): string[] {
  const keys = duplicateKeys({ platform: null, platformId: null, link: parsed.url, email: null });
  if (parsed.accountId !== null) keys.unshift(`account:${parsed.type}:${parsed.accountId}`);
  return keys;
}

/**
 * Whether the influencer already has this link, as its main link, its account or one of its
 * channels: adding it again would make a duplicate (the "Add influencer" dialog offers to open
 * that influencer instead).
 */
export function ownsLink(inf: KeyFields, input: string): boolean {
  const wanted = new Set([...linkKeys(input), ...duplicateKeys({ platform: null, platformId: null, link: input, email: null })]);
  return influencerLinkKeys(inf).some((key) => wanted.has(key));
}

/**
 * A short piece of text every influencer owning this link has in its search text (the main
 * link or a channel without scheme and "www."), to find the few candidates to check with ownsLink.
 */
export function linkSearchTerm(input: string): string {
  const parsed = parseChannelLink(input);
  const url = parsed.ok ? parsed.url : input.trim();
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '');
}
