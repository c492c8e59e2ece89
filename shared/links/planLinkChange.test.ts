import { describe, expect, it } from 'vitest';
import { planLinkChange } from './planLinkChange';

describe('planLinkChange', () => {
  it('keeps a platform influencer’s link fixed', () => {
    expect(planLinkChange({ kind: 'platform', link: 'https://www.tiktok.com/@ana' }, 'https://www.tiktok.com/@other')).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be changed/) });
  });

  it('validates a self-created influencer’s link, which may also be cleared', () => {
    const inf = { kind: 'custom' as const, link: 'https://linktr.ee/ana' };
    expect(planLinkChange(inf, 'ana.com.br')).toEqual({ ok: true, changed: true, link: 'https://ana.com.br' });
    expect(planLinkChange(inf, ' https://linktr.ee/ana ')).toEqual({ ok: true, changed: false, link: 'https://linktr.ee/ana' });
    expect(planLinkChange(inf, '')).toEqual({ ok: true, changed: true, link: '' });
    expect(planLinkChange(inf, 'not a link')).toMatchObject({ ok: false, reason: expect.stringMatching(/not a web address/) });
    expect(planLinkChange(inf, 'youtube.com/@Ana')).toEqual({ ok: true, changed: true, link: 'https://youtube.com/@Ana' });
  });
});
