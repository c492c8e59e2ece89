import type { Influencer } from '../../../../../shared/influencer';

/**
 * A self-created influencer for command tests: named "Name <id>", liaison and author "gMem"
 * (a member of shared/permissions/permissionTestFixtures), every other field empty or default.
 */
export function customInfluencer(id: string, fields: Partial<Influencer> = {}): Influencer {
  return {
    id, kind: 'custom', platform: null, platformId: null, officialName: `Name ${id}`, customName: null, link: '', email: null,
    status: 'not_collaborated', labelIds: [], liaisonId: 'gMem', archived: false, source: 'manual', followers: null, country: null,
    createdAt: 1, updatedAt: 1, createdBy: 'gMem', updatedBy: 'gMem', ...fields,
  };
}
