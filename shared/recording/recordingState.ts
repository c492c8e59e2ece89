import type { Influencer, Recording, RecordingState } from '../influencer';

/** "none": never requested (or cancelled / dismissed); stored as `recording: null` or absent. */
export type RecordingStep = 'none' | RecordingState;

/** Who makes a step: the app (for a person) or the server (which looks the profile up). */
export type RecordingActor = 'client' | 'server';

/**
 * The recording state machine (reference 000, "Influencer Types"):
 *
 *   none ──request──▶ requested ──claim──▶ recording ──▶ recorded   (now a platform influencer)
 *    ▲  ◀──cancel───┘    │                    │  └─────▶ failed     (stays self-created, with the reason)
 *    │                   └──────fail──────────┼────────▶ failed
 *    └──────────dismiss──────────── failed ◀──┘          │
 *                        requested ◀──retry──────────────┘
 *
 * "requested" is written by the app, also offline: it travels with the next push, which is
 * how offline requests queue up and run on reconnect. "recording" is the server's claim;
 * a claim left behind by a crashed server may be claimed again once stale (claimRecording).
 */
export const RECORDING_TRANSITIONS: Readonly<Record<RecordingStep, readonly { to: RecordingStep; by: RecordingActor }[]>> = {
  none: [{ to: 'requested', by: 'client' }],
  requested: [{ to: 'none', by: 'client' }, { to: 'recording', by: 'server' }, { to: 'failed', by: 'server' }],
  recording: [{ to: 'recording', by: 'server' }, { to: 'recorded', by: 'server' }, { to: 'failed', by: 'server' }],
  recorded: [],
  failed: [{ to: 'requested', by: 'client' }, { to: 'none', by: 'client' }],
};

export function canTransition(from: RecordingStep, to: RecordingStep, by: RecordingActor): boolean {
  return RECORDING_TRANSITIONS[from].some((t) => t.to === to && t.by === by);
}

/** The recording with its default (version 0 documents have none). */
export function recordingOf(inf: Pick<Influencer, 'recording'>): Recording | null {
  return inf.recording ?? null;
}

export function recordingStepOf(inf: Pick<Influencer, 'recording'>): RecordingStep {
  return recordingOf(inf)?.state ?? 'none';
}
