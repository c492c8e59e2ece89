import { describe, expect, it } from 'vitest';
import { effectiveEmail } from '../email/effectiveEmail';
import type { Influencer, Recording } from '../influencer';
import { displayName } from '../names/displayName';
import { influencerSchema } from '../schemas/influencerSchema';
import { validateDocument } from '../schemas/validateDocument';
import { applyRecordingResult, type RecordingOutcome } from './applyRecordingResult';
import type { ProfileLookupResult } from './profileLookup';
import { foundAna, selfCreated } from './recordingTestFixtures';

const running: Recording = { state: 'recording', requestedAt: 3_000, requestedBy: 'm2', startedAt: 3_500, finishedAt: null, failureCode: null, failureReason: null };
const claimed: Influencer = { ...selfCreated, recording: running };
const ctx = { now: 4_000, requestedAt: 3_000 };
const found = (profile = foundAna): ProfileLookupResult => ({ status: 'found', profile });
const applied = (inf: Influencer, outcome: RecordingOutcome): Influencer => {
  if (!outcome.ok) throw new Error(outcome.reason);
  return { ...inf, ...outcome.fields };
};

describe('applyRecordingResult: success', () => {
  it('makes the influencer a platform influencer with the platform’s name, id, link and profile', () => {
    const outcome = applyRecordingResult(claimed, found(), ctx);
    expect(outcome).toMatchObject({ ok: true, recorded: true });
    const after = applied(claimed, outcome);
    expect(after).toMatchObject({
      kind: 'platform',
      platform: 'youtube',
      platformId: 'UCanacooks0000000000000A',
      link: 'https://www.youtube.com/channel/UCanacooks0000000000000A',
      officialName: 'Ana Cooks',
      followers: 125_000,
      country: 'PT',
      profile: { handle: '@anacooks', postCount: 340, viewCount: 9_800_000, fetchedAt: 4_000, avatarUrl: 'https://yt3.ggpht.com/ana.jpg' },
      recording: { ...running, state: 'recorded', finishedAt: 4_000 },
      // Untouched: the team's own data.
      status: 'contacted', labelIds: ['l1'], liaisonId: 'm1', createdBy: 'm1',
    });
    expect(validateDocument(influencerSchema, after)).toEqual({ ok: true });
  });

  it('keeps a name given by hand as the custom name, so the list still shows it; search uses the platform’s', () => {
    const after = applied(claimed, applyRecordingResult(claimed, found(), ctx));
    expect(after.customName).toBe('Ana Cozinha');
    expect(displayName(after)).toBe('Ana Cozinha');
    expect(after.officialName).toBe('Ana Cooks');
  });

  it('does not keep a name that was only derived from the link, nor overwrite a custom name', () => {
    const derived = { ...claimed, officialName: 'anacooks' };
    expect(applied(derived, applyRecordingResult(derived, found(), ctx)).customName).toBeNull();
    const nicknamed = { ...claimed, customName: 'Aninha' };
    expect(applied(nicknamed, applyRecordingResult(nicknamed, found(), ctx)).customName).toBe('Aninha');
    const same = { ...claimed, officialName: 'Ana Cooks' };
    expect(applied(same, applyRecordingResult(same, found(), ctx)).customName).toBeNull();
  });

  it('takes the platform’s email as the platform email; a manual email still shows', () => {
    const withPlatformEmail = found({ ...foundAna, email: 'Biz@AnaCooks.com' });
    const typed = applied(claimed, applyRecordingResult(claimed, withPlatformEmail, ctx));
    expect(typed).toMatchObject({ email: 'ana@agency.com', manualEmail: 'ana@agency.com', platformEmail: 'Biz@anacooks.com' });
    const noEmail = { ...claimed, email: null };
    const fromPlatform = applied(noEmail, applyRecordingResult(noEmail, withPlatformEmail, ctx));
    expect(effectiveEmail(fromPlatform)).toBe('Biz@anacooks.com');
    expect(fromPlatform.email).toBe('Biz@anacooks.com');
    expect(applied(noEmail, applyRecordingResult(noEmail, found({ ...foundAna, email: 'not an email' }), ctx)).platformEmail).toBeNull();
  });

  it('keeps what it had where the platform gives nothing usable, and keeps the document valid', () => {
    const odd = found({
      ...foundAna,
      officialName: '  ',
      followers: -5,
      country: 'Portugal',
      profile: { ...foundAna.profile, avatarUrl: 'javascript:alert(1)', description: 'x'.repeat(6_000), postCount: 1.5, viewCount: null },
    });
    const before = { ...claimed, followers: 10, country: 'BR' };
    const after = applied(before, applyRecordingResult(before, odd, ctx));
    expect(after).toMatchObject({ officialName: 'Ana Cozinha', followers: 10, country: 'BR', profile: { avatarUrl: null, postCount: null, viewCount: null } });
    expect(after.profile?.description).toHaveLength(5_000);
    expect(validateDocument(influencerSchema, after)).toEqual({ ok: true });
  });
});

describe('applyRecordingResult: failure', () => {
  it.each([
    [{ status: 'not_found', reason: 'No YouTube channel has the handle @anacooks.' }, 'not_found', 'No YouTube channel has the handle @anacooks.'],
    [{ status: 'provider_down', reason: 'YouTube could not be reached. Try recording again later.' }, 'provider_down', 'YouTube could not be reached. Try recording again later.'],
    [{ status: 'bad_link', reason: '' }, 'bad_link', 'The link is not a YouTube, Instagram or TikTok profile. Correct the link and record again.'],
  ] as const)('%j stays self-created and keeps the reason', (result, code, reason) => {
    const outcome = applyRecordingResult(claimed, result, ctx);
    expect(outcome).toEqual({ ok: true, recorded: false, fields: { recording: { ...running, state: 'failed', finishedAt: 4_000, failureCode: code, failureReason: reason } } });
    const after = applied(claimed, outcome);
    expect(after.kind).toBe('custom');
    expect(validateDocument(influencerSchema, after)).toEqual({ ok: true });
  });

  it('fails as a duplicate when another influencer has the profile', () => {
    const outcome = applyRecordingResult(claimed, found(), { ...ctx, duplicateOf: 'Ana Cooks (BR)' });
    expect(outcome).toMatchObject({ ok: true, recorded: false, fields: { recording: { failureCode: 'duplicate', failureReason: expect.stringMatching(/already in the CRM as "Ana Cooks \(BR\)"/) } } });
  });

  it('fails when the provider’s link is no profile of its platform', () => {
    const outcome = applyRecordingResult(claimed, found({ ...foundAna, link: 'https://www.instagram.com/ana/' }), ctx);
    expect(outcome).toMatchObject({ ok: true, recorded: false, fields: { recording: { failureCode: 'provider_down' } } });
  });

  it('cuts a long reason to the schema limit', () => {
    const outcome = applyRecordingResult(claimed, { status: 'provider_down', reason: 'x'.repeat(900) }, ctx);
    expect(validateDocument(influencerSchema, applied(claimed, outcome))).toEqual({ ok: true });
  });
});

describe('applyRecordingResult: out of date', () => {
  it.each([
    [{ ...claimed, recording: null }],
    [{ ...claimed, recording: { ...running, state: 'requested' as const } }],
    [{ ...claimed, recording: { ...running, requestedAt: 3_001 } }],
    [{ ...claimed, kind: 'platform' as const }],
  ])('drops a result for a recording that moved on %#', (inf) => {
    expect(applyRecordingResult(inf, found(), ctx).ok).toBe(false);
  });
});
