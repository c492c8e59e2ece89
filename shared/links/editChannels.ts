import { CHANNEL_LABELS, type Channel, type ChannelType, type Influencer } from '../influencer';
import { MAX_CHANNELS } from '../schemas/limits';
import { channelKeys, channelsOf, linkKeys } from './channelKeys';
import { parseChannelLink } from './parseChannelLink';

export type ChannelsEdit = { ok: true; channels: Channel[] } | { ok: false; reason: string };

type ChannelFields = Pick<Influencer, 'platform' | 'platformId' | 'link' | 'channels'>;

/**
 * Adds one of the person's other accounts. Refused when the link is not a valid channel, is
 * already the influencer's main link, is listed already, or the list is full. Whether
 * another influencer owns the link is the caller's question (an index of influencerLinkKeys):
 * then it offers to open that influencer instead.
 */
export function addChannel(inf: ChannelFields, input: string, expected?: ChannelType): ChannelsEdit {
  const parsed = parseChannelLink(input, expected);
  if (!parsed.ok) return parsed;
  const keys = new Set(linkKeys(parsed.url));
  const mainKeys = inf.link === '' ? [] : linkKeys(inf.link);
  const mainAccount = inf.platform !== null && inf.platformId !== null ? `account:${inf.platform}:${inf.platformId.toLowerCase()}` : null;
  if (mainKeys.some((k) => keys.has(k)) || (mainAccount !== null && keys.has(mainAccount))) {
    return { ok: false, reason: "This is already the influencer's main link." };
  }
  const channels = channelsOf(inf);
  if (channels.some((c) => channelKeys(c).some((k) => keys.has(k)))) return { ok: false, reason: `This ${CHANNEL_LABELS[parsed.type]} account is listed already.` };
  if (channels.length >= MAX_CHANNELS) return { ok: false, reason: `An influencer lists at most ${MAX_CHANNELS} other channels.` };
  return { ok: true, channels: [...channels, { type: parsed.type, url: parsed.url }] };
}

/** Removes a listed channel by its stored link (nothing happens when it is not listed). */
export function removeChannel(inf: Pick<Influencer, 'channels'>, url: string): Channel[] {
  return channelsOf(inf).filter((c) => c.url !== url);
}
