import { describe, expect, it } from 'vitest';
import { buildDuplicateIndex, findDuplicates, type DuplicateFields } from './findDuplicates';

type Row = DuplicateFields & { id: string };
const rows: Row[] = [
  { id: 'yt', platform: 'youtube', platformId: '@veritasium', link: 'https://www.youtube.com/@veritasium', email: 'Team@Veritasium.com' },
  { id: 'ig', platform: 'instagram', platformId: 'ana.lima', link: 'https://www.instagram.com/ana.lima/', email: null, channels: [{ type: 'website', url: 'https://analima.com.br/' }] },
  { id: 'custom', platform: null, platformId: null, link: 'https://linktr.ee/bea', email: 'bea@x.com' },
  { id: 'custom-2', platform: null, platformId: null, link: '', email: 'bea@x.com' },
];
const index = buildDuplicateIndex(rows);
const none = { platform: null, platformId: null, link: '', email: null } as const;

describe('findDuplicates', () => {
  it('finds the same platform account, with link and email as further reasons', () => {
    expect(findDuplicates({ platform: 'youtube', platformId: '@Veritasium', link: 'https://www.youtube.com/@veritasium', email: 'team@veritasium.com' }, index)).toEqual([
      { id: 'yt', reasons: ['account', 'link', 'email'] },
    ]);
  });

  it('finds a link in another shape, including an additional channel and tracking parameters', () => {
    expect(findDuplicates({ ...none, link: 'http://linktr.ee/BEA/?utm_source=ig#top' }, index)).toEqual([{ id: 'custom', reasons: ['link'] }]);
    expect(findDuplicates({ ...none, link: 'https://www.analima.com.br' }, index)).toEqual([{ id: 'ig', reasons: ['link'] }]);
    expect(findDuplicates({ ...none, link: 'https://linktr.ee/bea?page=2' }, index)).toEqual([]);
  });

  it('finds every influencer with the same email, ignoring case', () => {
    expect(findDuplicates({ ...none, email: 'BEA@x.com' }, index)).toEqual([
      { id: 'custom', reasons: ['email'] },
      { id: 'custom-2', reasons: ['email'] },
    ]);
  });

  it('orders stronger and more reasons first, and leaves the candidate itself out', () => {
    const candidate = { platform: null, platformId: null, link: 'https://linktr.ee/bea', email: 'bea@x.com' };
    expect(findDuplicates(candidate, index).map((m) => m.id)).toEqual(['custom', 'custom-2']);
    expect(findDuplicates(candidate, index, 'custom')).toEqual([{ id: 'custom-2', reasons: ['email'] }]);
    expect(findDuplicates(none, index)).toEqual([]);
  });

  it('finds rows added during an import and forgets removed ones', () => {
    const local = buildDuplicateIndex([]);
    const draft = { platform: 'tiktok' as const, platformId: '@cai', link: 'https://www.tiktok.com/@cai', email: null };
    local.add('row-3', draft);
    expect(findDuplicates(draft, local)).toEqual([{ id: 'row-3', reasons: ['account', 'link'] }]);
    local.remove('row-3', draft);
    expect(findDuplicates(draft, local)).toEqual([]);
  });
});
