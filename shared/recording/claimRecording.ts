import type { Influencer, Recording } from '../influencer';
import { recordingOf } from './recordingState';

/** A claim older than this is taken to be left behind by a stopped server. */
export const STALE_RECORDING_MS = 10 * 60_000;

export type RecordingClaim = { ok: true; recording: Recording } | { ok: false; reason: string };

/**
 * The server starts a requested recording ("requested" → "recording"), or takes over one a
 * stopped server left "recording" for longer than `staleAfterMs`. The claim is written (and
 * replicated) before the lookup, so every app shows "Recording…" and a second server instance
 * does not look the same profile up again.
 */
export function claimRecording(inf: Pick<Influencer, 'kind' | 'recording'>, now: number, staleAfterMs = STALE_RECORDING_MS): RecordingClaim {
  const recording = recordingOf(inf);
  if (recording === null) return { ok: false, reason: 'No recording was requested.' };
  if (inf.kind === 'platform') return { ok: false, reason: 'This is a platform influencer already.' };
  if (recording.state === 'requested' || (recording.state === 'recording' && (recording.startedAt === null || now - recording.startedAt >= staleAfterMs))) {
    return { ok: true, recording: { ...recording, state: 'recording', startedAt: now } };
  }
  return { ok: false, reason: recording.state === 'recording' ? 'Another server is recording it.' : `The recording is ${recording.state} already.` };
}
