/** The influencer document as the sync contract defines it (../shared/design/sync-api.md). */

export const PLATFORMS = ['youtube', 'instagram', 'tiktok'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** "platform": from a YouTube/Instagram/TikTok profile link; "custom": self-created by hand. */
export type InfluencerKind = 'platform' | 'custom';

/** How the influencer entered the CRM (reference 000, "Influencer CRM Data Sources"). */
export type InfluencerSource = 'manual' | 'import' | 'email' | 'status_change';

export interface Influencer {
  id: string;
  kind: InfluencerKind;
  platform: Platform | null;
  platformId: string | null;
  officialName: string;
  customName: string | null;
  link: string;
  email: string | null;
  status: string;
  labelIds: string[];
  liaisonId: string | null;
  archived: boolean;
  source: InfluencerSource;
  followers: number | null;
  country: string | null;
  createdAt: number;
  updatedAt: number;
  createdBy: string;
  updatedBy: string;
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  youtube: 'YouTube',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};
