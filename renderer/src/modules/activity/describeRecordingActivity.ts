import type { Activity } from '../../../../shared/activity';
import { PLATFORM_LABELS, type Platform, type Recording } from '../../../../shared/influencer';
import { recordingFailureReason } from '../../../../shared/recording/recordingReasons';

/** The fields only a recording writes (shared/recording/applyRecordingResult) that read better in words. */
const RECORDING_FIELDS = new Set(['recording', 'kind', 'platform', 'profile']);

function parse(encoded: string | null): unknown {
  if (encoded === null) return null;
  try {
    return JSON.parse(encoded);
  } catch {
    return null;
  }
}

function stateOf(value: unknown): Recording['state'] | null {
  return typeof value === 'object' && value !== null && 'state' in value ? (value as Recording).state : null;
}

/**
 * A recording's log entry in words, or null when the entry is about another field:
 * "asked for the influencer to be recorded", "recording failed: <reason>", …
 */
export function describeRecordingActivity(activity: Activity): string | null {
  if (activity.kind !== 'field_changed' || activity.field === null || !RECORDING_FIELDS.has(activity.field)) return null;
  const from = parse(activity.from);
  const to = parse(activity.to);
  switch (activity.field) {
    case 'kind':
      return to === 'platform' ? 'changed the type from self-created to platform influencer' : `changed the type to ${String(to)}`;
    case 'platform':
      return `set the platform to ${typeof to === 'string' && to in PLATFORM_LABELS ? PLATFORM_LABELS[to as Platform] : 'none'}`;
    case 'profile':
      return 'took the profile data from the platform';
  }
  const next = stateOf(to);
  switch (next) {
    case 'requested':
      return stateOf(from) === 'failed' ? 'asked again for the influencer to be recorded' : 'asked for the influencer to be recorded';
    case 'recording':
      return 'started recording: the server is looking the profile up';
    case 'recorded':
      return 'recorded the influencer: it is now a platform influencer';
    case 'failed': {
      const failed = to as Recording;
      return `recording failed: ${failed.failureReason ?? recordingFailureReason(failed.failureCode ?? 'provider_down')}`;
    }
    case null:
      return stateOf(from) === 'failed' ? 'dismissed the failed recording' : 'cancelled the recording';
  }
}
