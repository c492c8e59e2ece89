import { describe, expect, it } from 'vitest';
import type { Recording } from '../influencer';
import { recordingFailureReason, recordingStatusText } from './recordingReasons';

const rec = (state: Recording['state'], failureReason: string | null = null): Recording => ({
  state, requestedAt: 1, requestedBy: 'm', startedAt: null, finishedAt: null, failureCode: state === 'failed' ? 'not_found' : null, failureReason,
});

describe('recording reasons in words', () => {
  it.each([
    ['bad_link', null, /not a YouTube, Instagram or TikTok profile/],
    ['not_found', 'youtube', /^No YouTube channel was found at this link/],
    ['not_found', 'tiktok', /^No TikTok account was found/],
    ['not_found', null, /^No profile was found/],
    ['provider_down', 'youtube', /^YouTube could not be reached/],
    ['provider_down', null, /^The platform could not be reached/],
    ['duplicate', null, /already in the CRM/],
  ] as const)('%s on %s', (code, platform, words) => {
    expect(recordingFailureReason(code, platform)).toMatch(words);
  });

  it('says "Recording…" while locked and why it failed', () => {
    expect([undefined, null, rec('requested'), rec('recording'), rec('recorded')].map((recording) => recordingStatusText({ recording }))).toEqual([null, null, 'Recording…', 'Recording…', null]);
    expect(recordingStatusText({ recording: rec('failed', 'No channel.') })).toBe('Recording failed: No channel.');
    expect(recordingStatusText({ recording: rec('failed') })).toMatch(/^Recording failed: No profile was found/);
  });
});
