import { setPlatformEmail } from '../email/changeEmail';
import { effectiveEmail, platformEmailOf } from '../email/effectiveEmail';
import { validateEmail } from '../email/validateEmail';
import type { Influencer, RecordingFailureCode } from '../influencer';
import { parseProfileLink } from '../links/parseProfileLink';
import { deriveOfficialName } from '../names/deriveOfficialName';
import { MAX_COUNT, MAX_DESCRIPTION_LENGTH, MAX_FOLLOWERS, MAX_LINK_LENGTH, MAX_NAME_LENGTH, MAX_REASON_LENGTH, MAX_TIMESTAMP } from '../schemas/limits';
import type { ProfileLookupResult } from './profileLookup';
import { recordingFailureReason } from './recordingReasons';
import { recordingOf } from './recordingState';

type RecordedFields = Pick<
  Influencer,
  'kind' | 'platform' | 'platformId' | 'link' | 'officialName' | 'customName' | 'email' | 'followers' | 'country'
  | 'platformEmail' | 'manualEmail' | 'profile' | 'recording'
>;

export type RecordingOutcome =
  /** `fields`: what to write on the influencer; `recorded`: false when it failed and stays self-created. */
  | { ok: true; recorded: boolean; fields: Partial<RecordedFields> }
  /** The influencer moved on (cancelled, claimed again, already platform): drop the result. */
  | { ok: false; reason: string };

export interface RecordingResultContext {
  now: number;
  /** The claimed request's `requestedAt`: a result for an older request is stale. */
  requestedAt: number;
  /** The name of another influencer that has this profile already, when the caller found one. */
  duplicateOf?: string;
}

/**
 * Applies a provider's answer to a claimed recording. Success (reference 000): the
 * influencer becomes a platform influencer with the platform's name, id, normalised link,
 * followers, country, email (a manual email still wins) and profile; a name the team gave by
 * hand is kept as its custom name so the list keeps showing it. Failure: it stays
 * self-created and the recording keeps the reason in words, which the app shows and the
 * activity log records.
 */
export function applyRecordingResult(inf: Influencer, result: ProfileLookupResult, ctx: RecordingResultContext): RecordingOutcome {
  const recording = recordingOf(inf);
  if (recording === null || recording.state !== 'recording' || recording.requestedAt !== ctx.requestedAt) {
    return { ok: false, reason: 'The recording was cancelled or started again meanwhile; this result is out of date.' };
  }
  if (inf.kind === 'platform') return { ok: false, reason: 'This is a platform influencer already.' };

  const fail = (code: RecordingFailureCode, reason: string): RecordingOutcome => ({
    ok: true,
    recorded: false,
    fields: { recording: { ...recording, state: 'failed', finishedAt: ctx.now, failureCode: code, failureReason: cut(reason, MAX_REASON_LENGTH) } },
  });
  if (result.status !== 'found') return fail(result.status, result.reason === '' ? recordingFailureReason(result.status) : result.reason);
  if (ctx.duplicateOf !== undefined) {
    return fail('duplicate', `This profile is already in the CRM as "${cut(ctx.duplicateOf, 80)}". Open that influencer and add these details there.`);
  }

  const found = result.profile;
  const parsed = parseProfileLink(found.link);
  if (!parsed.ok || parsed.platform !== found.platform) {
    return fail('provider_down', `${recordingFailureReason('provider_down', found.platform)} (The answer had no usable profile link.)`);
  }
  const officialName = cut(found.officialName.trim(), MAX_NAME_LENGTH) || inf.officialName;
  const emailFields = setPlatformEmail(inf, usableEmail(found.email) ?? platformEmailOf(inf));
  return {
    ok: true,
    recorded: true,
    fields: {
      kind: 'platform',
      platform: parsed.platform,
      platformId: parsed.platformId,
      link: parsed.link,
      officialName,
      customName: keptName(inf, officialName),
      ...emailFields,
      followers: count(found.followers, MAX_FOLLOWERS) ?? inf.followers,
      country: found.country !== null && /^[A-Z]{2}$/.test(found.country) ? found.country : inf.country,
      profile: {
        avatarUrl: found.profile.avatarUrl !== null && found.profile.avatarUrl.length <= MAX_LINK_LENGTH && /^https:\/\//.test(found.profile.avatarUrl) ? found.profile.avatarUrl : null,
        description: found.profile.description === null ? null : cut(found.profile.description, MAX_DESCRIPTION_LENGTH),
        handle: found.profile.handle === null ? null : cut(found.profile.handle, MAX_NAME_LENGTH),
        postCount: count(found.profile.postCount, MAX_COUNT),
        viewCount: count(found.profile.viewCount, MAX_COUNT),
        joinedAt: count(found.profile.joinedAt, MAX_TIMESTAMP),
        fetchedAt: ctx.now,
      },
      recording: { ...recording, state: 'recorded', finishedAt: ctx.now, failureCode: null, failureReason: null },
    },
  };
}

/**
 * The name the team knew the influencer by, kept as its custom name when the platform's
 * differs — unless the team has a custom name already, or the old name was only derived from
 * the link or email (then the platform's name is the better one).
 */
function keptName(inf: Influencer, officialName: string): string | null {
  if (inf.customName !== null && inf.customName.trim() !== '') return inf.customName;
  const old = inf.officialName.trim();
  if (old === '' || old === officialName) return inf.customName;
  let derived: string | null = null;
  try {
    derived = deriveOfficialName({ link: inf.link, email: effectiveEmail(inf) ?? undefined });
  } catch {
    derived = null; // nothing to derive from: the old name was given by hand
  }
  return old === derived ? inf.customName : old;
}

function usableEmail(email: string | null): string | null {
  if (email === null) return null;
  const checked = validateEmail(email);
  return checked.ok ? checked.email : null;
}

function count(value: number | null, max: number): number | null {
  return value !== null && Number.isInteger(value) && value >= 0 && value <= max ? value : null;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
