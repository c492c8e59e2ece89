import { describe, expect, it } from 'vitest';
import type { Recording } from '../influencer';
import { isLocked, lockRefusal } from './isLocked';
import { clearRecording, requestRecording } from './requestRecording';
import { selfCreated } from './recordingTestFixtures';

const ctx = { actorId: 'm2', now: 5_000 };
const at = (state: Recording['state']): Recording => ({ state, requestedAt: 1, requestedBy: 'm2', startedAt: null, finishedAt: null, failureCode: null, failureReason: null });

describe('requestRecording', () => {
  it('requests a recording of a self-created influencer with a profile link, which locks it', () => {
    const result = requestRecording(selfCreated, ctx);
    expect(result).toEqual({ ok: true, recording: { state: 'requested', requestedAt: 5_000, requestedBy: 'm2', startedAt: null, finishedAt: null, failureCode: null, failureReason: null } });
    if (!result.ok) return;
    expect(isLocked({ recording: result.recording })).toBe(true);
    expect(lockRefusal({ recording: result.recording })).toMatch(/^Recording…/);
    expect(requestRecording({ ...selfCreated, recording: at('failed') }, ctx).ok).toBe(true); // retry
  });

  it.each([
    [{ kind: 'platform' as const }, /platform influencer already/],
    [{ recording: at('requested') }, /requested already/],
    [{ recording: at('recording') }, /requested already/],
    [{ link: '' }, /Add the influencer's YouTube, Instagram or TikTok profile link first/],
    [{ link: 'https://linktr.ee/ana' }, /needs a YouTube, Instagram or TikTok profile link. This is a link to linktr\.ee/],
    [{ link: 'https://youtu.be/abc' }, /YouTube video link/],
  ])('refuses %j', (change, reason) => {
    const result = requestRecording({ ...selfCreated, ...change }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('clearRecording and the lock', () => {
  it('cancels a request or dismisses a failure, not a running recording', () => {
    expect(clearRecording({ recording: at('requested') })).toEqual({ ok: true, recording: null });
    expect(clearRecording({ recording: at('failed') })).toEqual({ ok: true, recording: null });
    expect(clearRecording({ recording: at('recording') })).toMatchObject({ ok: false, reason: expect.stringMatching(/can no longer be cancelled/) });
    expect(clearRecording({})).toMatchObject({ ok: false });
  });

  it('locks only while requested or recording', () => {
    expect([undefined, null, at('requested'), at('recording'), at('recorded'), at('failed')].map((recording) => isLocked({ recording }))).toEqual([false, false, true, true, false, false]);
    expect(lockRefusal({ recording: at('failed') })).toBeNull();
  });
});
