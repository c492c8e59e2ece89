import type { ChannelType } from '../../../../../shared/influencer';
import { addChannel, removeChannel } from '../../../../../shared/links/editChannels';
import type { ChangeContext, ChangeResult } from '../../influencers/commands/changeInfluencerField';
import { latestInfluencer, writeInfluencerDetails } from './writeInfluencerDetails';

/** Adds one of the person's other accounts (validated and normalised by the shared rule). */
export async function addInfluencerChannel(ctx: ChangeContext, influencerId: string, input: string, expected?: ChannelType): Promise<ChangeResult> {
  const inf = await latestInfluencer(ctx, influencerId);
  if (inf === null) return { status: 'not_found' };
  const edit = addChannel(inf, input, expected);
  if (!edit.ok) return { status: 'invalid', reason: edit.reason };
  return writeInfluencerDetails(ctx, influencerId, { channels: edit.channels });
}

/** Removes a listed channel by its stored link. */
export async function removeInfluencerChannel(ctx: ChangeContext, influencerId: string, url: string): Promise<ChangeResult> {
  const inf = await latestInfluencer(ctx, influencerId);
  if (inf === null) return { status: 'not_found' };
  return writeInfluencerDetails(ctx, influencerId, { channels: removeChannel(inf, url) });
}
