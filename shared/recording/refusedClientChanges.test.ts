import { describe, expect, it } from 'vitest';
import type { Influencer, Recording } from '../influencer';
import { refusedClientChanges } from './refusedClientChanges';
import { selfCreated } from './recordingTestFixtures';

const request: Recording = { state: 'requested', requestedAt: 3_000, requestedBy: 'm2', startedAt: null, finishedAt: null, failureCode: null, failureReason: null };
const at = (state: Recording['state'], extra: Partial<Recording> = {}): Recording => ({ ...request, state, ...extra });
const fields = (current: Influencer | null, next: Influencer) => refusedClientChanges(current, next).map((r) => r.field).sort();
const platform: Influencer = { ...selfCreated, kind: 'platform', platform: 'youtube', platformId: '@anacooks', officialName: 'Ana Cooks' };

describe('refusedClientChanges', () => {
  it('allows ordinary edits and the app’s own recording steps', () => {
    expect(fields(selfCreated, { ...selfCreated, email: 'x@y.com', customName: 'A', updatedAt: 9, link: 'https://ana.com' })).toEqual([]);
    expect(fields(selfCreated, { ...selfCreated, recording: request })).toEqual([]);
    expect(fields({ ...selfCreated, recording: request }, { ...selfCreated, recording: null })).toEqual([]);
    expect(fields({ ...selfCreated, recording: at('failed', { failureCode: 'not_found', failureReason: 'x' }) }, { ...selfCreated, recording: { ...request, requestedAt: 4_000 } })).toEqual([]);
    expect(fields({ ...selfCreated, recording: at('failed') }, { ...selfCreated, recording: null })).toEqual([]);
    expect(fields(null, { ...selfCreated, recording: request })).toEqual([]);
    expect(fields(null, platform)).toEqual([]);
  });

  it('refuses recording steps only the server makes, and a forged request', () => {
    expect(fields({ ...selfCreated, recording: request }, { ...selfCreated, recording: at('recording', { startedAt: 1 }) })).toEqual(['recording']);
    expect(fields({ ...selfCreated, recording: at('recording') }, { ...selfCreated, recording: null })).toEqual(['recording']);
    expect(fields({ ...selfCreated, recording: request }, { ...selfCreated, recording: { ...request, requestedAt: 1 } })).toEqual(['recording']);
    expect(fields(selfCreated, { ...selfCreated, recording: at('requested', { failureReason: 'x' }) })).toEqual(['recording']);
    expect(fields(null, { ...selfCreated, recording: at('recorded') })).toEqual(['recording']);
  });

  it('refuses what only a recording writes, and a platform influencer’s fixed fields', () => {
    expect(fields(selfCreated, { ...selfCreated, kind: 'platform', platform: 'youtube', platformId: '@x' })).toEqual(['kind', 'platform', 'platformId']);
    expect(fields(selfCreated, { ...selfCreated, platformEmail: 'p@x.com', profile: null })).toEqual(['platformEmail']);
    expect(fields(platform, { ...platform, link: 'https://www.youtube.com/@other', officialName: 'Other', customName: 'Fine' })).toEqual(['link', 'officialName']);
    expect(fields(null, { ...selfCreated, platformEmail: 'p@x.com' })).toEqual(['platformEmail']);
  });

  it('refuses every edit while a recording is requested or running, unless the push cancels it', () => {
    for (const recording of [request, at('recording', { startedAt: 1 })]) {
      const locked = { ...selfCreated, recording };
      expect(fields(locked, { ...locked, email: 'x@y.com', status: 'selected', labelIds: [] })).toEqual(['email', 'labelIds', 'status']);
      expect(refusedClientChanges(locked, { ...locked, customName: 'A' })[0]?.reason).toMatch(/^Recording…/);
      expect(fields(locked, { ...locked, updatedAt: 99, updatedBy: 'm9' })).toEqual([]);
    }
    expect(fields({ ...selfCreated, recording: request }, { ...selfCreated, recording: null, email: 'x@y.com' })).toEqual([]);
  });

  it('reads absent and null version 1 fields as the same', () => {
    expect(fields(selfCreated, { ...selfCreated, channels: undefined, recording: null, profile: null, platformEmail: null })).toEqual([]);
  });
});
