import type { Channel, Influencer } from '../../../../../shared/influencer';
import { displayName } from '../../../../../shared/names/displayName';
import { foldText } from '../../../../../shared/search/foldText';
import { influencerSearchText } from '../../../../../shared/search/influencerSearchText';

/**
 * One influencer as the list needs it: the display fields plus precomputed search and sort
 * keys. Kept compact (no RxDB documents) because 100,000 of these live in memory.
 */
export interface ListRow {
  id: string;
  kind: Influencer['kind'];
  name: string;
  officialName: string;
  customName: string | null;
  platform: Influencer['platform'];
  platformId: string | null;
  link: string;
  email: string | null;
  status: string;
  contractStatus: string | null;
  paymentStatus: string | null;
  liaisonId: string | null;
  labelIds: string[];
  followers: number | null;
  qualityScore: number | null;
  country: string | null;
  language: string | null;
  source: Influencer['source'];
  archived: boolean;
  /** The additional channels; null when none (most rows), to keep 100,000 rows small. */
  channels: Channel[] | null;
  createdAt: number;
  updatedAt: number;
  /** Folded text the search box matches against (shared/search/influencerSearchText). */
  search: string;
  /** Folded display name, the sort key of the name column. */
  nameKey: string;
  /** The storage's last-write time, to order concurrent updates and resume after a snapshot. */
  lwt: number;
}

/**
 * The stored fields a row is built from (also what the snapshot keeps per row): what the list
 * shows, searches and filters by (shared/search, shared/filters).
 */
export type ListSource = Pick<
  Influencer,
  | 'id' | 'kind' | 'officialName' | 'customName' | 'platform' | 'platformId' | 'link' | 'email' | 'status'
  | 'contractStatus' | 'paymentStatus' | 'liaisonId' | 'labelIds' | 'followers' | 'qualityScore' | 'country'
  | 'language' | 'source' | 'archived' | 'createdAt' | 'updatedAt' | 'channels'
>;

export function toListRow(doc: ListSource, lwt: number): ListRow {
  const name = displayName(doc);
  return {
    id: doc.id,
    kind: doc.kind,
    name,
    officialName: doc.officialName,
    customName: doc.customName,
    platform: doc.platform,
    platformId: doc.platformId,
    link: doc.link,
    email: doc.email,
    status: doc.status,
    // Schema version 1 fields: absent on version 0 documents.
    contractStatus: doc.contractStatus ?? null,
    paymentStatus: doc.paymentStatus ?? null,
    liaisonId: doc.liaisonId,
    labelIds: doc.labelIds,
    followers: doc.followers,
    qualityScore: doc.qualityScore ?? null,
    country: doc.country,
    language: doc.language ?? null,
    source: doc.source,
    archived: doc.archived,
    channels: doc.channels !== undefined && doc.channels.length > 0 ? doc.channels : null,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    search: influencerSearchText(doc),
    nameKey: foldText(name),
    lwt,
  };
}
