import { describe, expect, it } from 'vitest';
import type { Influencer } from '../influencer';
import { influencerSchema } from './influencerSchema';
import { validateDocument } from './validateDocument';

const base: Influencer = {
  id: 'i1', kind: 'platform', platform: 'youtube', platformId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw', officialName: 'Google for Developers',
  customName: null, link: 'https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', email: 'dev@x.com', status: 'contacted',
  labelIds: [], liaisonId: null, archived: false, source: 'manual', followers: 2_400_000, country: 'US',
  createdAt: 1, updatedAt: 2, createdBy: 'm', updatedBy: 'm',
};

const full: Influencer = {
  ...base,
  contractStatus: 'contract_sent',
  paymentStatus: null,
  platformEmail: 'dev@x.com',
  manualEmail: null,
  channels: [{ type: 'x', url: 'https://x.com/googledevs' }, { type: 'website', url: 'https://developers.google.com' }],
  recording: { state: 'recorded', requestedAt: 10, requestedBy: 'm', startedAt: 11, finishedAt: 12, failureCode: null, failureReason: null },
  profile: { avatarUrl: 'https://yt3.ggpht.com/a.jpg', description: 'Videos for developers', handle: '@googledevelopers', postCount: 6_000, viewCount: 300_000_000, joinedAt: 1_180_000_000_000, fetchedAt: 12 },
  qualityScore: 87.5,
  language: 'en',
};

const errorsOf = (value: unknown): string[] => {
  const result = validateDocument(influencerSchema, value);
  return result.ok ? [] : result.errors;
};

describe('influencer schema version 1', () => {
  it('accepts a document with every version 1 field, and with each of them null', () => {
    expect(errorsOf(full)).toEqual([]);
    expect(errorsOf({ ...full, contractStatus: null, platformEmail: null, recording: null, profile: null, qualityScore: null, language: null, channels: [] })).toEqual([]);
  });

  it('accepts a failed recording with its reason', () => {
    const recording = { state: 'failed', requestedAt: 10, requestedBy: 'm', startedAt: 11, finishedAt: 12, failureCode: 'not_found', failureReason: 'No YouTube channel at this link.' };
    expect(errorsOf({ ...base, recording })).toEqual([]);
  });

  it.each([
    [{ qualityScore: 101 }, 'qualityScore: must be ≤ 100'],
    [{ qualityScore: -1 }, 'qualityScore: must be ≥ 0'],
    [{ language: 'x'.repeat(36) }, 'language: must be at most 35 characters'],
    [{ contractStatus: 5 }, 'contractStatus: must be a string or null'],
    [{ manualEmail: `${'a'.repeat(250)}@x.com` }, 'manualEmail: must be at most 254 characters'],
    [{ channels: [{ type: 'myspace', url: 'https://myspace.com/x' }] }, 'channels[0].type: must be one of "youtube", "instagram", "tiktok", "x", "facebook", "whatsapp", "website"'],
    [{ channels: [{ type: 'x' }] }, 'channels[0].url: is required'],
    [{ channels: [{ type: 'x', url: 'https://x.com/a', note: 'n' }] }, 'unknown field "channels[0].note"'],
    [{ channels: Array.from({ length: 21 }, () => ({ type: 'website', url: 'https://a.com' })) }, 'channels: must have at most 20 items'],
    [{ recording: { ...full.recording, state: 'done' } }, 'recording.state: must be one of "requested", "recording", "recorded", "failed"'],
    [{ recording: { ...full.recording, failureCode: 'timeout' } }, 'recording.failureCode: must be one of "bad_link", "not_found", "provider_down", "duplicate", null'],
    [{ recording: { ...full.recording, failureReason: 'x'.repeat(501) } }, 'recording.failureReason: must be at most 500 characters'],
    [{ recording: { state: 'requested', requestedAt: 1, requestedBy: 'm' } }, 'recording.startedAt: is required'],
    [{ profile: { ...full.profile, viewCount: 1.5 } }, 'profile.viewCount: must be a whole number'],
    [{ profile: { ...full.profile, fetchedAt: null } }, 'profile.fetchedAt: must be a number'],
  ])('refuses %j', (change, error) => {
    expect(errorsOf({ ...full, ...change })).toContain(error);
  });
});
