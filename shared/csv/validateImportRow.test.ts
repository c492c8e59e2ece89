import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MappedRow } from './importFields';
import { validateImportRow, type ImportContext, type InfluencerDraft } from './validateImportRow';

const context: ImportContext = {
  statuses: [
    { id: 'not_collaborated', label: 'Not collaborated' },
    { id: 'contacted', label: 'Contacted' },
  ],
  labels: [
    { id: 'l-vip', name: 'VIP' },
    { id: 'l-cafe', name: 'Café' },
  ],
  members: [{ id: 'm-olivia', name: 'Olivia Chen', email: 'olivia@agency.com' }],
};

function draft(row: MappedRow): InfluencerDraft {
  const result = validateImportRow(row, context);
  if (!result.ok) throw new Error(result.reasons.join('\n'));
  return result.draft;
}

function reasons(row: MappedRow): string[] {
  const result = validateImportRow(row, context);
  return result.ok ? [] : result.reasons;
}

describe('validateImportRow: who the influencer is', () => {
  it('a profile link makes a platform influencer with its normalised link', () => {
    expect(draft({ link: 'youtube.com/@Veritasium/videos', name: 'Veritasium' })).toMatchObject({
      kind: 'platform', platform: 'youtube', platformId: '@veritasium', link: 'https://www.youtube.com/@veritasium', officialName: 'Veritasium',
    });
    expect(draft({ link: 'https://instagram.com/ana.lima?igsh=x' })).toMatchObject({ platform: 'instagram', platformId: 'ana.lima', officialName: 'ana.lima' });
  });

  it('a channel id with its platform makes the same influencer as the link', () => {
    const byId = draft({ platform: 'YouTube', platformId: 'UCHnyfMqiRRG1u-2MsSQLbXA' });
    expect(byId).toMatchObject({ platform: 'youtube', platformId: 'UCHnyfMqiRRG1u-2MsSQLbXA', link: 'https://www.youtube.com/channel/UCHnyfMqiRRG1u-2MsSQLbXA' });
    expect(draft({ platformId: 'UCHnyfMqiRRG1u-2MsSQLbXA' }).platform).toBe('youtube');
    expect(draft({ platform: 'tiktok', platformId: 'Ana.Lima' })).toMatchObject({ platformId: '@ana.lima', link: 'https://www.tiktok.com/@ana.lima' });
    expect(draft({ platform: 'IG', platformId: '@ana.lima', link: 'instagram.com/ana.lima' }).platformId).toBe('ana.lima');
  });

  it('any other web link, a name or an email makes a self-created influencer', () => {
    expect(draft({ link: 'analima.com.br', email: 'Ana@AnaLima.com.br' })).toMatchObject({
      kind: 'custom', platform: null, platformId: null, link: 'https://analima.com.br', officialName: 'analima.com.br', email: 'Ana@analima.com.br',
    });
    expect(draft({ name: 'Ana Lima' })).toMatchObject({ kind: 'custom', link: '', officialName: 'Ana Lima' });
    expect(draft({ email: 'jo@x.com' })).toMatchObject({ kind: 'custom', officialName: 'jo' });
  });

  it('refuses a platform link that is not a profile, with the reason, instead of importing it as self-created', () => {
    expect(reasons({ link: 'https://youtu.be/dQw4w9WgXcQ', name: 'Rick' })).toEqual([
      expect.stringMatching(/^Link "https:\/\/youtu\.be\/dQw4w9WgXcQ": This is a YouTube video link, not a channel/),
    ]);
    expect(reasons({ link: 'https://www.tiktok.com/@ana/video/123' })[0]).toContain('TikTok video');
  });

  it('refuses contradictions between link, channel id and platform', () => {
    expect(reasons({ link: 'youtube.com/@ana', platformId: '@bea', platform: 'youtube' })).toEqual(['The link is for @ana but the channel ID column says @bea.']);
    expect(reasons({ link: 'instagram.com/ana', platform: 'TikTok' })).toEqual(['The link is to a profile on Instagram but the Platform column says TikTok.']);
    expect(reasons({ link: 'analima.com.br', platform: 'tiktok', platformId: 'ana' })).toEqual(['The link "analima.com.br" is not a profile on TikTok, but the row has a channel ID there.']);
    expect(reasons({ platformId: '@ana' })).toEqual(['Say which platform the channel ID "@ana" is on (map a Platform column), or give the profile link instead.']);
    expect(reasons({ platform: 'Twitch', name: 'x' })[0]).toContain('Platform "Twitch" is not one the CRM records');
    expect(reasons({ platform: 'YouTube', name: 'Ana' })).toEqual(['The row says YouTube but has no YouTube profile link or channel ID.']);
    expect(reasons({ platform: 'custom', platformId: '@ana', name: 'Ana' })[0]).toContain('self-created');
  });

  it('refuses a row that says nothing about who it is', () => {
    expect(reasons({})).toEqual(['The row has no profile link, channel ID, name, link or email: nothing says who the influencer is.']);
    expect(reasons({ country: 'ES', followers: '100' })).toHaveLength(1);
  });
});

describe('validateImportRow: fields', () => {
  it('refuses bad emails with the reason and keeps the first of several good ones with a warning', () => {
    expect(reasons({ name: 'Ana', email: 'ana@' })).toEqual(['Email "ana@": Something must come after the @, as in name@example.com.']);
    expect(reasons({ name: 'Ana', email: 'ana@x.com; mailto:b@y.com' })[0]).toMatch(/^Email "mailto:b@y.com"/);
    const result = validateImportRow({ name: 'Ana', email: 'ana@x.com, ana@gmail.com' }, context);
    expect(result).toMatchObject({ ok: true, draft: { email: 'ana@x.com' }, warnings: ['Only the first email (ana@x.com) is kept; also in the cell: ana@gmail.com.'] });
  });

  it('matches status, labels and liaison by name or id; unknown labels are to be created', () => {
    expect(draft({ name: 'A', status: 'contacted' }).status).toBe('contacted');
    expect(draft({ name: 'A', status: ' CONTACTED ' }).status).toBe('contacted');
    expect(draft({ name: 'A' }).status).toBeNull();
    expect(reasons({ name: 'A', status: 'Contactd' })).toEqual(['Status "Contactd" is not one of the team\'s statuses (Not collaborated, Contacted).']);
    expect(draft({ name: 'A', labels: 'vip; cafe | New one, VIP, new ONE' })).toMatchObject({ labelIds: ['l-vip', 'l-cafe'], newLabels: ['New one'] });
    expect(draft({ name: 'A', liaison: 'olivia chen' }).liaisonId).toBe('m-olivia');
    expect(draft({ name: 'A', liaison: 'OLIVIA@agency.com' }).liaisonId).toBe('m-olivia');
    expect(reasons({ name: 'A', liaison: 'Bob' })).toEqual(['Liaison "Bob" is not a member of the team (use a member\'s name or email).']);
  });

  it('reads countries, languages, follower counts and scores as sheets write them', () => {
    expect(draft({ name: 'A', country: 'es' }).country).toBe('ES');
    expect(draft({ name: 'A', country: 'Brazil' }).country).toBe('BR');
    expect(draft({ name: 'A', country: 'España' }).country).toBe('ES');
    expect(draft({ name: 'A', country: 'USA' }).country).toBe('US');
    expect(reasons({ name: 'A', country: 'XX' })[0]).toMatch(/^Country: "XX" is not a country code/);
    expect(reasons({ name: 'A', country: 'Atlantis' })[0]).toMatch(/^Country: "Atlantis" is not a country/);
    expect(draft({ name: 'A', language: 'pt_BR' }).language).toBe('pt-br');
    expect(draft({ name: 'A', language: 'English' }).language).toBe('en');
    expect(draft({ name: 'A', language: 'Português' }).language).toBe('pt');
    expect(reasons({ name: 'A', language: 'Klingonese' })[0]).toMatch(/^Language:/);
    const followers = (text: string) => draft({ name: 'A', followers: text }).followers;
    expect(followers('12345')).toBe(12_345);
    expect(followers('12,345')).toBe(12_345);
    expect(followers('12.345')).toBe(12_345);
    expect(followers('1 234 567')).toBe(1_234_567);
    expect(followers('1.2M')).toBe(1_200_000);
    expect(followers('12,5K')).toBe(12_500);
    expect(reasons({ name: 'A', followers: '-5' })[0]).toMatch(/^Followers: "-5" is not a follower count/);
    expect(reasons({ name: 'A', followers: '12.5' })[0]).toMatch(/^Followers:/);
    expect(reasons({ name: 'A', followers: '99B' })[0]).toMatch(/more than any account has/);
    expect(draft({ name: 'A', qualityScore: '85,5%' }).qualityScore).toBe(85.5);
    expect(reasons({ name: 'A', qualityScore: '101' })[0]).toMatch(/^Quality score:/);
  });

  it('restores values an earlier export neutralised, and lists every problem at once', () => {
    expect(draft({ name: "'=Ana" }).officialName).toBe('=Ana');
    const many = reasons({ link: 'youtu.be/x', email: 'bad', status: 'nope', followers: 'many', country: 'ZZ' });
    expect(many).toHaveLength(5);
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.option(fc.oneof(fc.string(), fc.constantFrom('youtube.com/@ana', 'UCHnyfMqiRRG1u-2MsSQLbXA', 'a@b.co', 'VIP', '1.2K', 'youtube', '@x')), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ name: cell, link: cell, email: cell, platform: cell, platformId: cell, status: cell, labels: cell, liaison: cell, country: cell, language: cell, followers: cell, qualityScore: cell, notes: cell }, { requiredKeys: [] }),
        (row) => {
          const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as MappedRow;
          const result = validateImportRow(clean, context);
          if (result.ok) {
            expect(result.draft.officialName.trim()).not.toBe('');
            expect(result.draft.kind === 'platform').toBe(result.draft.platformId !== null);
          } else {
            expect(result.reasons.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
