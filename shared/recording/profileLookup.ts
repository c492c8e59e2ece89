import type { Platform, PlatformProfile } from '../influencer';

/** What a platform-profile provider found for a link. */
export interface FoundProfile {
  platform: Platform;
  /**
   * The profile's canonical link, by the platform's stable id where it has one (YouTube:
   * /channel/UC…): the influencer's platformId is what parseProfileLink reads from it.
   */
  link: string;
  /** The name on the platform. */
  officialName: string;
  /** The email the platform lists publicly, if any. */
  email: string | null;
  followers: number | null;
  /** ISO 3166-1 alpha-2, upper-case. */
  country: string | null;
  profile: Omit<PlatformProfile, 'fetchedAt'>;
}

export type LookupFailureCode = 'bad_link' | 'not_found' | 'provider_down';

/**
 * A provider's answer. `reason` is for people (shown on the influencer and logged);
 * `detail` is for the server's log only (HTTP status, the platform's error code) and never
 * carries secrets such as the API key.
 */
export type ProfileLookupResult =
  | { status: 'found'; profile: FoundProfile }
  | { status: LookupFailureCode; reason: string; detail?: string };
