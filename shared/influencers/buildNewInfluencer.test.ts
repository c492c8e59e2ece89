import { describe, expect, it } from 'vitest';
import { influencerSchema } from '../schemas/influencerSchema';
import { activitySchema } from '../schemas/activitySchema';
import { validateDocument } from '../schemas/validateDocument';
import { effectiveEmail, emailSource } from '../email/effectiveEmail';
import { buildNewInfluencer } from './buildNewInfluencer';
import { duplicateKeys } from './duplicateKeys';

const ctx = { actorId: 'member-1', now: 1_700_000_000_000, influencerId: 'inf-1', activityId: 'act-1' };

describe('buildNewInfluencer', () => {
  it('builds a platform influencer from a YouTube link, liaison = adder, status not collaborated', () => {
    const result = buildNewInfluencer({ type: 'platform', link: 'youtube.com/@MrBeast', email: 'Team@Beast.com' }, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.influencer).toMatchObject({
      kind: 'platform',
      platform: 'youtube',
      platformId: '@mrbeast',
      link: 'https://www.youtube.com/@mrbeast',
      status: 'not_collaborated',
      liaisonId: 'member-1',
      source: 'manual',
      createdBy: 'member-1',
      archived: false,
    });
    expect(result.influencer.officialName).not.toBe('');
    expect(result.activity).toMatchObject({ kind: 'created', influencerId: 'inf-1', actorId: 'member-1', at: ctx.now });
    expect(validateDocument(influencerSchema, result.influencer)).toEqual({ ok: true });
    expect(validateDocument(activitySchema, result.activity)).toEqual({ ok: true });
  });

  it('starts at the team’s initial status when it chose one', () => {
    const result = buildNewInfluencer({ type: 'custom', name: 'Ana' }, { ...ctx, initialStatusId: 'prospects' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.influencer.status).toBe('prospects');
  });

  it('refuses a link that is not a profile, with the reason', () => {
    const result = buildNewInfluencer({ type: 'platform', link: 'https://youtu.be/dQw4w9WgXcQ' }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.link).toMatch(/video/i);
  });

  it('builds a self-created influencer and derives its name from the email when none is given', () => {
    const result = buildNewInfluencer({ type: 'custom', email: 'jane.doe@agency.com' }, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.influencer).toMatchObject({ kind: 'custom', platform: null, platformId: null, link: '', officialName: 'jane.doe' });
    expect([effectiveEmail(result.influencer), emailSource(result.influencer)]).toEqual(['jane.doe@agency.com', 'manual']);
  });

  it('keeps the given name of a self-created influencer', () => {
    const result = buildNewInfluencer({ type: 'custom', name: '  Ana Lima ', link: 'analima.com.br' }, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.influencer.officialName).toBe('Ana Lima');
    expect(result.influencer.link).toBe('https://analima.com.br');
  });

  it('needs at least a name, link or email for a self-created influencer', () => {
    const result = buildNewInfluencer({ type: 'custom', name: ' ' }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.name).toMatch(/name, a link or an email/);
  });

  it('reports a bad email without dropping the other errors', () => {
    const result = buildNewInfluencer({ type: 'custom', link: 'not a link', email: 'nope' }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.email).toBeTruthy();
      expect(result.errors.link).toBeTruthy();
    }
  });
});

describe('duplicateKeys', () => {
  it('matches the same account, link or email regardless of case and scheme', () => {
    const a = duplicateKeys({ platform: 'youtube', platformId: 'UCabc', link: 'https://www.youtube.com/channel/UCabc', email: 'A@x.com' });
    const b = duplicateKeys({ platform: 'youtube', platformId: 'ucabc', link: 'http://youtube.com/channel/UCabc/', email: null });
    expect(a.filter((k) => b.includes(k))).toEqual(['account:youtube:ucabc', 'link:youtube.com/channel/ucabc']);
    expect(a).toContain('email:a@x.com');
  });
});
