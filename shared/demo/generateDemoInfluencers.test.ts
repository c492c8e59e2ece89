import { describe, expect, it } from 'vitest';
import { parseProfileLink } from '../links/parseProfileLink';
import { activitySchema } from '../schemas/activitySchema';
import { influencerSchema } from '../schemas/influencerSchema';
import { validateDocument } from '../schemas/validateDocument';
import { generateDemoActivities } from './generateDemoActivities';
import { generateDemoInfluencers } from './generateDemoInfluencers';

const options = { count: 2_000, seed: 1, now: Date.UTC(2026, 10, 25), actorId: 'member-me' };

describe('generateDemoInfluencers', () => {
  const influencers = generateDemoInfluencers(options);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDemoInfluencers(options)).toEqual(influencers);
    expect(generateDemoInfluencers({ ...options, seed: 2 })[0]).not.toEqual(influencers[0]);
  });

  it('produces documents that pass the influencer schema', () => {
    for (const inf of influencers) expect(validateDocument(influencerSchema, inf)).toEqual({ ok: true });
  });

  it('gives platform influencers links whose parsed platform and id match', () => {
    for (const inf of influencers.filter((i) => i.kind === 'platform')) {
      expect(parseProfileLink(inf.link)).toEqual({ ok: true, platform: inf.platform, platformId: inf.platformId, link: inf.link });
    }
  });

  it('mixes platforms, self-created entries and scripts', () => {
    const kinds = new Set(influencers.map((i) => i.platform ?? 'custom'));
    expect(kinds).toEqual(new Set(['youtube', 'instagram', 'tiktok', 'custom']));
    const has = (re: RegExp) => influencers.some((i) => re.test(i.officialName));
    expect(has(/\p{Script=Cyrillic}/u)).toBe(true);
    expect(has(/\p{Script=Han}/u)).toBe(true);
    expect(has(/\p{Script=Arabic}/u)).toBe(true);
    expect(has(/\p{Script=Devanagari}/u)).toBe(true);
    expect(has(/\p{Script=Hangul}/u)).toBe(true);
    expect(has(/[áéíóúñçøü]/i)).toBe(true);
  });

  it('keeps ids, accounts and dates consistent', () => {
    expect(new Set(influencers.map((i) => i.id)).size).toBe(influencers.length);
    const accounts = influencers.filter((i) => i.platformId !== null).map((i) => `${i.platform}:${i.platformId}`);
    expect(new Set(accounts).size).toBe(accounts.length);
    for (const inf of influencers) {
      expect(inf.updatedAt).toBeGreaterThanOrEqual(inf.createdAt);
      expect(inf.updatedAt).toBeLessThanOrEqual(options.now);
    }
  });

  it('writes a created entry for each influencer and a status entry where it changed', () => {
    const activities = generateDemoActivities(influencers, { seed: 1 });
    for (const a of activities.slice(0, 500)) expect(validateDocument(activitySchema, a)).toEqual({ ok: true });
    const created = activities.filter((a) => a.kind === 'created' || a.kind === 'imported');
    expect(created).toHaveLength(influencers.length);
    const changed = influencers.filter((i) => i.status !== 'not_collaborated').length;
    expect(activities.filter((a) => a.kind === 'field_changed' && a.field === 'status')).toHaveLength(changed);
  });
});
