import { describe, expect, it } from 'vitest';
import { planOfficialNameChange } from './planOfficialNameChange';

const custom = { kind: 'custom' as const, platform: null, officialName: 'Ana Lima', link: 'https://linktr.ee/ana_lima', email: 'ana@x.com' };

describe('planOfficialNameChange', () => {
  it('refuses for a platform influencer: the name comes from the platform', () => {
    expect(planOfficialNameChange({ ...custom, kind: 'platform', platform: 'youtube' }, 'X')).toEqual({ ok: false, reason: 'The official name comes from YouTube. Give a custom name instead.' });
  });

  it('takes the given name for a self-created influencer', () => {
    expect(planOfficialNameChange(custom, '  Ana   Souza ')).toEqual({ ok: true, changed: true, officialName: 'Ana Souza' });
    expect(planOfficialNameChange(custom, 'Ana Lima')).toEqual({ ok: true, changed: false, officialName: 'Ana Lima' });
    expect(planOfficialNameChange(custom, 'x'.repeat(201)).ok).toBe(false);
  });

  it('derives the name again from the link, then the effective email, when cleared', () => {
    expect(planOfficialNameChange(custom, '')).toEqual({ ok: true, changed: true, officialName: 'ana_lima' });
    expect(planOfficialNameChange({ ...custom, link: '' }, ' ')).toMatchObject({ officialName: 'ana' });
    expect(planOfficialNameChange({ ...custom, link: '', email: 'old@x.com', manualEmail: 'jane.doe@x.com', platformEmail: null }, '')).toMatchObject({ officialName: 'jane.doe' });
    expect(planOfficialNameChange({ ...custom, link: '', email: null }, '')).toEqual({ ok: false, reason: 'This influencer has no link or email to name it by: give a name.' });
  });
});
