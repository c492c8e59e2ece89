import { describe, expect, it } from 'vitest';
import { validateEmail } from '../email/validateEmail';
import type { Influencer } from '../influencer';
import { duplicateKeys } from '../influencers/duplicateKeys';
import { parseProfileLink } from '../links/parseProfileLink';
import { validateWebLink } from '../links/validateWebLink';
import { influencerLinkKeys } from '../links/channelKeys';
import { parseChannelLink } from '../links/parseChannelLink';
import { defaultStatusCatalog } from '../statuses/statusCatalog';
import { findStatus } from '../statuses/statusLookup';
import { activitySchema } from '../schemas/activitySchema';
import { influencerSchema } from '../schemas/influencerSchema';
import { validateDocument } from '../schemas/validateDocument';
import { COLLABORATION_STATUSES, INITIAL_STATUS_ID } from '../statuses';
import { DEMO_LABELS } from './demoLabels';
import { DEMO_MEMBERS } from './demoMembers';
import { generateDemoActivities } from './generateDemoActivities';
import { generateDemoInfluencers } from './generateDemoInfluencers';

const NOW = Date.UTC(2026, 10, 25);
const TWO_YEARS = 2 * 365 * 24 * 3600 * 1000;
const options = { count: 2_000, seed: 1, now: NOW, actorId: 'member-me' };
const influencers = generateDemoInfluencers(options);
const share = (test: (inf: Influencer) => boolean) => influencers.filter(test).length / influencers.length;

describe('generateDemoInfluencers', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDemoInfluencers(options)).toEqual(influencers);
    const other = generateDemoInfluencers({ ...options, seed: 2 });
    expect(other).not.toEqual(influencers);
    const ids = new Set(influencers.map((i) => i.id));
    expect(other.filter((i) => ids.has(i.id))).toHaveLength(0);
    // A longer run starts with the same documents: the stream does not depend on count.
    expect(generateDemoInfluencers({ ...options, count: 10 })).toEqual(influencers.slice(0, 10));
    expect(generateDemoInfluencers({ ...options, count: 0 })).toEqual([]);
  });

  it('produces documents that pass the influencer schema', () => {
    for (const inf of influencers) expect(validateDocument(influencerSchema, inf)).toEqual({ ok: true });
  });

  it('gives platform influencers links that parse to exactly their platform and id', () => {
    for (const inf of influencers.filter((i) => i.kind === 'platform')) {
      expect(parseProfileLink(inf.link)).toEqual({ ok: true, platform: inf.platform, platformId: inf.platformId, link: inf.link });
    }
  });

  it('gives self-created influencers no platform, valid web links and a name', () => {
    for (const inf of influencers.filter((i) => i.kind === 'custom')) {
      expect(inf.platform).toBeNull();
      expect(inf.platformId).toBeNull();
      if (inf.link !== '') expect(validateWebLink(inf.link)).toEqual({ ok: true, link: inf.link });
      expect(inf.officialName.trim()).not.toBe('');
    }
  });

  it('gives valid, already normalised emails', () => {
    for (const inf of influencers) if (inf.email !== null) expect(validateEmail(inf.email)).toEqual({ ok: true, email: inf.email });
  });

  it('never makes two influencers look like duplicates of each other (ids, accounts, links, emails)', () => {
    expect(new Set(influencers.map((i) => i.id)).size).toBe(influencers.length);
    for (const id of influencers.slice(0, 50).map((i) => i.id)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const keys = influencers.flatMap((i) => duplicateKeys(i));
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('mixes platforms roughly 45 / 30 / 20 / 5', () => {
    expect(share((i) => i.platform === 'youtube')).toBeCloseTo(0.45, 1);
    expect(share((i) => i.platform === 'instagram')).toBeCloseTo(0.3, 1);
    expect(share((i) => i.platform === 'tiktok')).toBeCloseTo(0.2, 1);
    expect(share((i) => i.kind === 'custom')).toBeGreaterThan(0.02);
    expect(share((i) => i.kind === 'custom')).toBeLessThan(0.08);
    const youtubeIds = influencers.flatMap((i) => (i.platform === 'youtube' && i.platformId !== null ? [i.platformId] : []));
    expect(youtubeIds.some((id) => id.startsWith('UC'))).toBe(true);
    expect(youtubeIds.some((id) => id.startsWith('@'))).toBe(true);
    expect(youtubeIds.some((id) => id.startsWith('user/'))).toBe(true);
    expect(youtubeIds.some((id) => /^@[^a-z0-9]/.test(id))).toBe(true); // a handle in a non-Latin script
  });

  it('writes names in several scripts', () => {
    const has = (re: RegExp) => influencers.some((i) => re.test(i.officialName));
    for (const script of [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Han}/u, /\p{Script=Arabic}/u, /\p{Script=Devanagari}/u, /\p{Script=Hangul}/u, /\p{Script=Thai}/u]) {
      expect(has(script)).toBe(true);
    }
    expect(has(/[áéíóúñçøüëèåıłř]/i)).toBe(true);
  });

  it('has realistic shares of emails, custom names, archived entries and statuses', () => {
    expect(share((i) => i.email !== null)).toBeCloseTo(0.7, 1);
    expect(share((i) => i.customName !== null)).toBeCloseTo(0.1, 1);
    expect(share((i) => i.archived)).toBeGreaterThan(0.01);
    expect(share((i) => i.archived)).toBeLessThan(0.06);
    expect(share((i) => i.source === 'manual' || i.source === 'import')).toBeGreaterThan(0.8);
    const counts = new Map<string, number>();
    for (const inf of influencers) counts.set(inf.status, (counts.get(inf.status) ?? 0) + 1);
    const statusIds = COLLABORATION_STATUSES.map((s) => s.id);
    expect([...counts.keys()].every((id) => statusIds.includes(id))).toBe(true);
    expect(counts.size).toBe(statusIds.length);
    const earlyHalf = statusIds.slice(0, statusIds.length / 2).reduce((n, id) => n + (counts.get(id) ?? 0), 0);
    expect(earlyHalf / influencers.length).toBeGreaterThan(0.6);
    expect(Math.max(...counts.values())).toBe(counts.get(INITIAL_STATUS_ID));
  });

  it('uses the demo team, the demo labels, sensible followers and ISO countries', () => {
    const memberIds = new Set([...DEMO_MEMBERS.map((m) => m.id), options.actorId]);
    const labelIds = new Set(DEMO_LABELS.map((l) => l.id));
    for (const inf of influencers) {
      expect(inf.liaisonId === null || memberIds.has(inf.liaisonId)).toBe(true);
      expect(memberIds.has(inf.createdBy) && memberIds.has(inf.updatedBy)).toBe(true);
      expect(inf.labelIds.length).toBeLessThanOrEqual(3);
      expect(new Set(inf.labelIds).size).toBe(inf.labelIds.length);
      expect(inf.labelIds.every((id) => labelIds.has(id))).toBe(true);
      if (inf.followers === null) expect(inf.kind).toBe('custom');
      else expect(inf.followers >= 1_000 && inf.followers <= 50_000_000 && Number.isInteger(inf.followers)).toBe(true);
      if (inf.country !== null) expect(inf.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(share((i) => i.liaisonId === null)).toBeGreaterThan(0.05);
    expect(share((i) => i.createdBy === options.actorId)).toBeGreaterThan(0.4);
    const followers = influencers.flatMap((i) => (i.followers === null ? [] : [i.followers]));
    expect(followers.some((f) => f < 10_000) && followers.some((f) => f > 1_000_000)).toBe(true);
  });

  it('spreads integer dates over the two years before now', () => {
    for (const inf of influencers) {
      expect(Number.isInteger(inf.createdAt) && Number.isInteger(inf.updatedAt)).toBe(true);
      expect(inf.createdAt).toBeGreaterThanOrEqual(NOW - TWO_YEARS);
      expect(inf.updatedAt).toBeGreaterThanOrEqual(inf.createdAt);
      expect(inf.updatedAt).toBeLessThanOrEqual(NOW);
    }
    expect(Math.min(...influencers.map((i) => i.createdAt))).toBeLessThan(NOW - TWO_YEARS * 0.9);
    expect(Math.max(...influencers.map((i) => i.createdAt))).toBeGreaterThan(NOW - TWO_YEARS * 0.1);
  });

  it('fills the version 1 fields: contract and payment statuses that fit the stage, scores, languages', () => {
    const catalog = defaultStatusCatalog();
    const early = new Set(['not_collaborated', 'prospects', 'rejected', 'shortlisted', 'selected', 'contacted', 'needs_follow_up']);
    for (const inf of influencers) {
      if (inf.contractStatus !== null && inf.contractStatus !== undefined) expect(findStatus(catalog, inf.contractStatus)?.group).toBe('contract');
      if (inf.paymentStatus !== null && inf.paymentStatus !== undefined) expect(findStatus(catalog, inf.paymentStatus)?.group).toBe('payment');
      if (early.has(inf.status)) expect([inf.contractStatus, inf.paymentStatus]).toEqual([null, null]);
      if (inf.qualityScore !== null && inf.qualityScore !== undefined) expect(Number.isInteger(inf.qualityScore) && inf.qualityScore >= 10 && inf.qualityScore <= 98).toBe(true);
      if (inf.language !== null && inf.language !== undefined) expect(inf.language).toMatch(/^[a-z]{2}$/);
      expect(inf.manualEmail).toBeUndefined(); // email sources stay unset (see generateDemoInfluencers)
    }
    expect(share((i) => i.contractStatus === 'contract_signed')).toBeGreaterThan(0.03);
    expect(share((i) => i.paymentStatus === 'paid_fully')).toBeGreaterThan(0.003);
    expect(share((i) => i.qualityScore !== null)).toBeCloseTo(0.8, 1);
    expect(share((i) => i.language !== null)).toBeCloseTo(0.85, 1);
  });

  it('lists other channels for some creators, normalised, and no link belongs to two influencers', () => {
    const withChannels = influencers.filter((i) => (i.channels ?? []).length > 0);
    expect(withChannels.length / influencers.length).toBeCloseTo(0.14, 1);
    expect(withChannels.some((i) => i.channels?.some((c) => c.type === 'x'))).toBe(true);
    for (const inf of withChannels) {
      for (const channel of inf.channels ?? []) expect(parseChannelLink(channel.url)).toMatchObject({ ok: true, type: channel.type, url: channel.url });
    }
    const keys = influencers.flatMap((i) => influencerLinkKeys(i));
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateDemoInfluencers({ ...options, count: -1 })).toThrow(/count/);
    expect(() => generateDemoInfluencers({ ...options, count: 1.5 })).toThrow(/count/);
    expect(() => generateDemoInfluencers({ ...options, now: Number.NaN })).toThrow(/now/);
  });

  it('stays valid with an early or fractional clock', () => {
    for (const inf of generateDemoInfluencers({ ...options, count: 200, now: 1_000.5 })) {
      expect(validateDocument(influencerSchema, inf)).toEqual({ ok: true });
      expect(inf.updatedAt).toBeLessThanOrEqual(1_000);
    }
  });
});

describe('generateDemoActivities', () => {
  const activities = generateDemoActivities(influencers, { seed: 1 });

  it('produces valid, deterministic entries with their own ids', () => {
    for (const a of activities) expect(validateDocument(activitySchema, a)).toEqual({ ok: true });
    expect(generateDemoActivities(influencers, { seed: 1 })).toEqual(activities);
    const ids = [...activities.map((a) => a.id), ...influencers.map((i) => i.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes a created entry per influencer at its creation, by its creator', () => {
    const created = activities.filter((a) => a.kind === 'created');
    expect(created).toHaveLength(influencers.length);
    const byId = new Map(influencers.map((i) => [i.id, i]));
    for (const a of created) {
      const inf = byId.get(a.influencerId);
      expect(a).toMatchObject({ at: inf?.createdAt, actorId: inf?.createdBy, field: null, from: null, to: null });
    }
  });

  it('writes a status change for every influencer past the initial status', () => {
    const moved = influencers.filter((i) => i.status !== INITIAL_STATUS_ID);
    const changes = activities.filter((a) => a.kind === 'field_changed');
    expect(changes).toHaveLength(moved.length);
    const byId = new Map(moved.map((i) => [i.id, i]));
    for (const a of changes) {
      const inf = byId.get(a.influencerId);
      expect(a).toMatchObject({ field: 'status', at: inf?.updatedAt, actorId: inf?.updatedBy });
      expect(JSON.parse(a.from ?? '')).toBe(INITIAL_STATUS_ID);
      expect(JSON.parse(a.to ?? '')).toBe(inf?.status);
    }
  });
});
