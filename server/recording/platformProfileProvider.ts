import type { Platform } from '../../shared/influencer';
import type { ProfileLookupResult } from '../../shared/recording/profileLookup';

/** The profile to look up, as parseProfileLink reads the influencer's link. */
export interface ProfileTarget {
  platform: Platform;
  /** YouTube: "UC…", "@handle", "c/name" or "user/name"; Instagram: the username; TikTok: "@user". */
  platformId: string;
  link: string;
}

/**
 * Looks a profile up on one platform. Implementations never throw for the platform's
 * answers: a missing profile is `not_found`, and an unreachable, failing, over-quota or
 * misconfigured platform is `provider_down`, each with a reason for people and a detail for
 * the log. (lookupProfile still turns an unexpected exception into `provider_down`.)
 */
export interface PlatformProfileProvider {
  readonly platform: Platform;
  lookup(target: ProfileTarget, signal?: AbortSignal): Promise<ProfileLookupResult>;
}
