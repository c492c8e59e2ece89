import { describe, expect, it } from 'vitest';
import type { Influencer } from '../influencer';
import { duplicateKeys } from '../influencers/duplicateKeys';
import { channelSearchTerms, channelsOf, influencerLinkKeys, linkKeys, linkSearchTerm, ownsLink } from './channelKeys';

const youtuber: Pick<Influencer, 'platform' | 'platformId' | 'link' | 'channels' | 'profile'> = {
  platform: 'youtube',
  platformId: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
  link: 'https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw',
  channels: [{ type: 'instagram', url: 'https://www.instagram.com/ana/' }, { type: 'x', url: 'https://x.com/ana' }, { type: 'website', url: 'https://ana.com/' }],
  profile: { avatarUrl: null, description: null, handle: '@AnaCooks', postCount: null, viewCount: null, joinedAt: null, fetchedAt: 1 },
};
const owns = (inf: typeof youtuber, input: string) => {
  const keys = new Set(influencerLinkKeys(inf));
  return linkKeys(input).some((k) => keys.has(k));
};

describe('link keys: who has this link?', () => {
  it('matches the main account and link in the format of duplicateKeys', () => {
    expect(influencerLinkKeys(youtuber)).toEqual(expect.arrayContaining(duplicateKeys({ ...youtuber, email: null })));
    expect(owns(youtuber, 'youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw/videos')).toBe(true);
  });

  it('matches additional channels in any shape they are pasted', () => {
    expect(owns(youtuber, 'instagram.com/Ana?igsh=x')).toBe(true);
    expect(owns(youtuber, 'https://twitter.com/ANA')).toBe(true);
    expect(owns(youtuber, 'http://www.ana.com')).toBe(true);
    expect(owns(youtuber, 'https://www.tiktok.com/@ana')).toBe(false);
    expect(owns(youtuber, 'instagram.com/anna')).toBe(false);
  });

  it('matches the recorded YouTube handle of a channel stored by its id', () => {
    expect(owns(youtuber, 'https://www.youtube.com/@anacooks')).toBe(true);
  });

  it('lets a self-created influencer own the profile its link points to', () => {
    const custom = { platform: null, platformId: null, link: 'https://www.instagram.com/natgeo/', channels: undefined, profile: undefined };
    expect(influencerLinkKeys(custom)).toContain('account:instagram:natgeo');
    expect(linkKeys('instagram.com/NatGeo')).toContain('account:instagram:natgeo');
  });

  it('has no keys for what is not a link', () => {
    expect(linkKeys('not a link')).toEqual([]);
    expect(influencerLinkKeys({ platform: null, platformId: null, link: '' })).toEqual([]);
  });
});

describe('channel accessors', () => {
  it('reads no channels on a version 0 document and gives search terms for the others', () => {
    expect(channelsOf({})).toEqual([]);
    expect(channelSearchTerms(youtuber)).toEqual(['instagram.com/ana/', 'ana', 'x.com/ana', 'ana', 'ana.com/']);
  });
});

describe('ownsLink and linkSearchTerm: offering the existing influencer instead of a duplicate', () => {
  it('says who owns a link pasted in any shape, main link or channel', () => {
    expect(ownsLink(youtuber, 'https://youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw')).toBe(true);
    expect(ownsLink(youtuber, 'https://www.instagram.com/ANA/?igsh=abc')).toBe(true);
    expect(ownsLink(youtuber, 'ana.com')).toBe(true);
    expect(ownsLink(youtuber, 'https://www.instagram.com/anabel')).toBe(false);
    expect(ownsLink({ ...youtuber, channels: [] }, 'https://www.instagram.com/ana')).toBe(false);
  });

  it('gives a term found in the owner\'s channel search terms, whatever shape the link was pasted in', () => {
    const terms = channelSearchTerms(youtuber).map((t) => t.toLowerCase());
    for (const pasted of ['https://www.instagram.com/ana/', 'instagram.com/ana', 'http://instagram.com/ana///']) {
      const term = linkSearchTerm(pasted).toLowerCase();
      expect(term).not.toMatch(/^https?:|^www\.|\/$/);
      expect(terms.some((t) => t.includes(term))).toBe(true);
    }
  });
});
