import type { Influencer, Recording } from '../influencer';
import { parseProfileLink } from '../links/parseProfileLink';
import { recordingStepOf } from './recordingState';

export type RecordingChange = { ok: true; recording: Recording | null } | { ok: false; reason: string };

/**
 * A person asks for a self-created influencer to be recorded (reference 000). The app writes
 * the returned `recording` like any edit, also offline: the server picks it up when the push
 * arrives. Refused right away when the link cannot be a profile, since the lookup could only
 * fail. A failed recording can be requested again.
 */
export function requestRecording(
  inf: Pick<Influencer, 'kind' | 'link' | 'recording'>,
  ctx: { actorId: string; now: number },
): RecordingChange {
  if (inf.kind === 'platform') return { ok: false, reason: 'This is a platform influencer already: there is nothing to record.' };
  const step = recordingStepOf(inf);
  if (step === 'requested' || step === 'recording') return { ok: false, reason: 'Recording… it was requested already.' };
  if (inf.link.trim() === '') {
    return { ok: false, reason: "Add the influencer's YouTube, Instagram or TikTok profile link first: recording looks the profile up there." };
  }
  const parsed = parseProfileLink(inf.link);
  if (!parsed.ok) return { ok: false, reason: `Recording needs a YouTube, Instagram or TikTok profile link. ${parsed.reason}` };
  return {
    ok: true,
    recording: { state: 'requested', requestedAt: ctx.now, requestedBy: ctx.actorId, startedAt: null, finishedAt: null, failureCode: null, failureReason: null },
  };
}

/**
 * Takes back a request the server has not started, or dismisses a failure: the influencer
 * has no recording again. A running recording cannot be cancelled (the server is on it).
 */
export function clearRecording(inf: Pick<Influencer, 'recording'>): RecordingChange {
  const step = recordingStepOf(inf);
  if (step === 'requested' || step === 'failed') return { ok: true, recording: null };
  if (step === 'recording') return { ok: false, reason: 'Recording… it has started and can no longer be cancelled.' };
  return { ok: false, reason: 'There is no recording to cancel.' };
}
