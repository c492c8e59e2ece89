import type { Influencer } from '../influencer';
import type { FoundProfile } from './profileLookup';

/** A self-created influencer whose link is a YouTube profile (test fixture). */
export const selfCreated: Influencer = {
  id: 'inf-1', kind: 'custom', platform: null, platformId: null, officialName: 'Ana Cozinha', customName: null,
  link: 'https://www.youtube.com/@anacooks', email: 'ana@agency.com', status: 'contacted', labelIds: ['l1'], liaisonId: 'm1',
  archived: false, source: 'manual', followers: null, country: 'BR', createdAt: 1_000, updatedAt: 2_000, createdBy: 'm1', updatedBy: 'm1',
};

export const foundAna: FoundProfile = {
  platform: 'youtube',
  link: 'https://www.youtube.com/channel/UCanacooks0000000000000A',
  officialName: 'Ana Cooks',
  email: null,
  followers: 125_000,
  country: 'PT',
  profile: { avatarUrl: 'https://yt3.ggpht.com/ana.jpg', description: 'Receitas', handle: '@anacooks', postCount: 340, viewCount: 9_800_000, joinedAt: 1_400_000_000_000 },
};
