/** The influencer document as the sync contract defines it (../shared/design/sync-api.md). */

export const PLATFORMS = ['youtube', 'instagram', 'tiktok'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** "platform": from a YouTube/Instagram/TikTok profile link; "custom": self-created by hand. */
export type InfluencerKind = 'platform' | 'custom';

/** How the influencer entered the CRM (reference 000, "Influencer CRM Data Sources"). */
export type InfluencerSource = 'manual' | 'import' | 'email' | 'status_change';

/** Accounts the same person has elsewhere (reference 003: one contact, several channels). */
export const CHANNEL_TYPES = ['youtube', 'instagram', 'tiktok', 'x', 'facebook', 'whatsapp', 'website'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export interface Channel {
  type: ChannelType;
  /** Normalised by parseChannelLink (shared/links/parseChannelLink.ts). */
  url: string;
}

/**
 * Where a self-created influencer's recording stands (shared/recording/): no recording is
 * `recording: null` (or absent); "requested" may wait offline until the push reaches the
 * server, "recording" is the server's lookup in progress.
 */
export const RECORDING_STATES = ['requested', 'recording', 'recorded', 'failed'] as const;
export type RecordingState = (typeof RECORDING_STATES)[number];

/** Why a recording failed; the words for people are in `failureReason`. */
export const RECORDING_FAILURE_CODES = ['bad_link', 'not_found', 'provider_down', 'duplicate'] as const;
export type RecordingFailureCode = (typeof RECORDING_FAILURE_CODES)[number];

export interface Recording {
  state: RecordingState;
  requestedAt: number;
  /** Member id of whoever asked for the recording. */
  requestedBy: string;
  /** When the server claimed it (state "recording"); lets a stuck claim be retried. */
  startedAt: number | null;
  finishedAt: number | null;
  failureCode: RecordingFailureCode | null;
  failureReason: string | null;
}

/** Profile data a platform-profile provider returned (followers and country are top-level). */
export interface PlatformProfile {
  avatarUrl: string | null;
  description: string | null;
  /** The public handle when the platform id is something else, e.g. "@mrbeast" for a UC… id. */
  handle: string | null;
  /** Videos or posts. */
  postCount: number | null;
  viewCount: number | null;
  /** When the account was created on the platform (ms since epoch). */
  joinedAt: number | null;
  /** When the provider answered (ms since epoch). */
  fetchedAt: number;
}

/**
 * Schema version 1 added the optional fields below the line. They are optional so that
 * version 0 documents stay valid unchanged: read them through the shared accessors
 * (`statusOf`, `manualEmailOf`/`effectiveEmail`, `channelsOf`, `recordingOf`, …), which
 * supply the defaults.
 */
export interface Influencer {
  id: string;
  kind: InfluencerKind;
  platform: Platform | null;
  platformId: string | null;
  officialName: string;
  customName: string | null;
  link: string;
  /**
   * The effective contact email, what the list, search and export read: the manual email
   * when set, else the platform's. Written only through shared/email/emailFields.ts.
   */
  email: string | null;
  /** The Influencer group's status: the collaboration status. */
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
  // ---- version 1 ----
  /** The Contract group's status; null: none yet. */
  contractStatus?: string | null;
  /** The Payment group's status; null: none yet. */
  paymentStatus?: string | null;
  /** The email the platform lists. */
  platformEmail?: string | null;
  /** An email a team member entered; shown instead of the platform's while set. */
  manualEmail?: string | null;
  channels?: Channel[];
  recording?: Recording | null;
  profile?: PlatformProfile | null;
  /** 0–100, higher is better; null: not rated. */
  qualityScore?: number | null;
  /** The creator's main language, a lower-case BCP 47 tag ("en", "pt-br"); null: unknown. */
  language?: string | null;
  // ---- version 2 ----
  /**
   * Set on an influencer merged into another (it is archived): the survivor's id. The
   * survivor's log shows this one's entries through it (the log itself is never rewritten).
   */
  mergedInto?: string | null;
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  youtube: 'YouTube',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

export const CHANNEL_LABELS: Record<ChannelType, string> = {
  ...PLATFORM_LABELS,
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  website: 'Website',
};

/** The quality score with its default (version 0 documents have none). */
export function qualityScoreOf(inf: Pick<Influencer, 'qualityScore'>): number | null {
  return inf.qualityScore ?? null;
}

/** The language with its default (version 0 documents have none). */
export function languageOf(inf: Pick<Influencer, 'language'>): string | null {
  return inf.language ?? null;
}
