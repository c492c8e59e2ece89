import { PLATFORM_LABELS, type Platform } from '../../shared/influencer';
import { parseProfileLink } from '../../shared/links/parseProfileLink';
import type { ProfileLookupResult } from '../../shared/recording/profileLookup';
import { recordingFailureReason } from '../../shared/recording/recordingReasons';
import type { PlatformProfileProvider } from './platformProfileProvider';

/**
 * Looks up the profile behind an influencer's link with the provider of its platform:
 * a link that is no profile is `bad_link` (with parseProfileLink's reason), a platform
 * without a configured provider and any exception are `provider_down`. The whole path of a
 * recording's lookup, minus writing the result (applyRecordingResult does that).
 */
export async function lookupProfile(
  providers: ReadonlyMap<Platform, PlatformProfileProvider>,
  link: string,
  signal?: AbortSignal,
): Promise<ProfileLookupResult> {
  const parsed = parseProfileLink(link);
  if (!parsed.ok) return { status: 'bad_link', reason: `${recordingFailureReason('bad_link')} ${parsed.reason}`, detail: `unparseable link ${JSON.stringify(link.slice(0, 200))}` };
  const provider = providers.get(parsed.platform);
  if (provider === undefined) {
    return {
      status: 'provider_down',
      reason: `${PLATFORM_LABELS[parsed.platform]} profiles cannot be looked up yet: the server has no ${PLATFORM_LABELS[parsed.platform]} provider configured.`,
      detail: `no provider for ${parsed.platform}`,
    };
  }
  try {
    return await provider.lookup({ platform: parsed.platform, platformId: parsed.platformId, link: parsed.link }, signal);
  } catch (e) {
    return { status: 'provider_down', reason: recordingFailureReason('provider_down', parsed.platform), detail: `provider threw: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The providers by platform, for lookupProfile. */
export function providerMap(providers: readonly PlatformProfileProvider[]): ReadonlyMap<Platform, PlatformProfileProvider> {
  return new Map(providers.map((p) => [p.platform, p]));
}
