import { describe, expect, it } from 'vitest';
import type { Recording } from '../influencer';
import { claimRecording, STALE_RECORDING_MS } from './claimRecording';

const requested: Recording = { state: 'requested', requestedAt: 1, requestedBy: 'm', startedAt: null, finishedAt: null, failureCode: null, failureReason: null };

describe('claimRecording', () => {
  it('starts a requested recording', () => {
    expect(claimRecording({ kind: 'custom', recording: requested }, 50)).toEqual({ ok: true, recording: { ...requested, state: 'recording', startedAt: 50 } });
  });

  it('takes over a claim only once it is stale', () => {
    const running = { kind: 'custom' as const, recording: { ...requested, state: 'recording' as const, startedAt: 100 } };
    expect(claimRecording(running, 100 + STALE_RECORDING_MS - 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/Another server/) });
    expect(claimRecording(running, 100 + STALE_RECORDING_MS)).toMatchObject({ ok: true, recording: { startedAt: 100 + STALE_RECORDING_MS } });
    expect(claimRecording(running, 150, 50)).toMatchObject({ ok: true });
  });

  it.each([
    [{ kind: 'custom' as const, recording: null }, /No recording was requested/],
    [{ kind: 'platform' as const, recording: requested }, /platform influencer already/],
    [{ kind: 'custom' as const, recording: { ...requested, state: 'failed' as const } }, /failed already/],
    [{ kind: 'custom' as const, recording: { ...requested, state: 'recorded' as const } }, /recorded already/],
  ])('refuses %#', (inf, reason) => {
    expect(claimRecording(inf, 50)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });
});
