import type { Influencer } from '../influencer';
import { recordingStepOf } from './recordingState';

/**
 * While a recording is requested or running, the influencer's CRM information cannot be
 * changed (reference 000): the app shows "Recording…" and refuses edits, the server refuses
 * pushed changes (refusedClientChanges). A requested recording can still be cancelled.
 */
export function isLocked(inf: Pick<Influencer, 'recording'>): boolean {
  const step = recordingStepOf(inf);
  return step === 'requested' || step === 'recording';
}

/** Why an edit is refused now, or null: every edit command asks this first. */
export function lockRefusal(inf: Pick<Influencer, 'recording'>): string | null {
  return isLocked(inf) ? 'Recording… This influencer can be changed again when the recording is done.' : null;
}
