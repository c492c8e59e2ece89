import type { Influencer } from '../influencer';
import { valuesEqual } from '../sync/mergeDocuments';
import { isLocked } from './isLocked';
import { canTransition, recordingOf, recordingStepOf } from './recordingState';

export interface RefusedChange {
  field: string;
  reason: string;
}

/** Only a recording (the server, with the platform's answer) writes these. */
const SERVER_ONLY: Readonly<Record<string, string>> = {
  kind: 'An influencer becomes a platform influencer only by being recorded.',
  platform: "The platform comes from recording the influencer's profile.",
  platformId: "The platform id comes from recording the influencer's profile.",
  profile: 'Profile data comes from the platform.',
  platformEmail: "The platform's email comes from the platform.",
};
/** Fixed for platform influencers (reference 000): they identify the account. */
const FIXED_ON_PLATFORM: Readonly<Record<string, string>> = {
  link: "A platform influencer's link identifies its account and cannot be changed.",
  officialName: "A platform influencer's official name comes from the platform.",
};
/** Stamped by the server on every write: never a client's change. */
const STAMPED = new Set(['updatedAt', 'updatedBy']);

/**
 * The fields of a pushed influencer that a client may not change, with the reason in words —
 * the recording rules the server enforces (its permission hook keeps the server's values for
 * these and logs change_rejected), and that the app can check before writing:
 * - the recording moves only by the app's own steps (request, cancel, retry, dismiss);
 * - kind, platform, platform id, profile and platform email are written by recordings only;
 * - a platform influencer's link and official name are fixed;
 * - while a recording is requested or running, nothing else changes, unless the same push
 *   cancels the request.
 * `current` null: the push creates the influencer.
 */
export function refusedClientChanges(current: Influencer | null, next: Influencer): RefusedChange[] {
  const refused: RefusedChange[] = [];
  const fromStep = current === null ? 'none' : recordingStepOf(current);
  const toStep = recordingStepOf(next);
  const recordingChanged = !valuesEqual(current === null ? null : recordingOf(current), recordingOf(next));
  if (recordingChanged) {
    const wanted = recordingOf(next);
    const freshRequest = wanted === null || wanted.state !== 'requested' || (wanted.startedAt === null && wanted.finishedAt === null && wanted.failureCode === null && wanted.failureReason === null);
    if (!canTransition(fromStep, toStep, 'client') || !freshRequest) {
      refused.push({ field: 'recording', reason: 'Only the server records an influencer; the app can request, cancel or dismiss a recording.' });
    }
  }
  if (current === null) {
    for (const field of ['profile', 'platformEmail'] as const) {
      if ((next[field] ?? null) !== null) refused.push({ field, reason: SERVER_ONLY[field] ?? '' });
    }
    return refused;
  }

  const cancels = fromStep === 'requested' && toStep === 'none';
  const locked = isLocked(current) && !cancels;
  for (const field of new Set([...Object.keys(current), ...Object.keys(next)])) {
    if (field === 'recording' || STAMPED.has(field) || field.startsWith('_')) continue;
    const before = (current as unknown as Record<string, unknown>)[field];
    const after = (next as unknown as Record<string, unknown>)[field];
    if (valuesEqual(before ?? null, after ?? null)) continue;
    const serverOnly = SERVER_ONLY[field];
    const fixed = current.kind === 'platform' ? FIXED_ON_PLATFORM[field] : undefined;
    if (serverOnly !== undefined) refused.push({ field, reason: serverOnly });
    else if (fixed !== undefined) refused.push({ field, reason: fixed });
    else if (locked) refused.push({ field, reason: 'Recording… this influencer cannot be changed until the recording is done.' });
  }
  return refused;
}
