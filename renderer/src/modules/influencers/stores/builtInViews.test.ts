import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH_LOOKUPS } from '../../../../../shared/search/compileSearch';
import type { Influencer } from '../../../../../shared/influencer';
import { InfluencerProjection } from '../projection/InfluencerProjection';
import { DEFAULT_SORT } from '../projection/sortRows';
import { BUILT_IN_VIEWS } from './builtInViews';

const influencer = (id: string, liaisonId: string | null, archived: boolean): Influencer & { _meta: { lwt: number } } => ({
  id, kind: 'custom', platform: null, platformId: null, officialName: id, customName: null, link: '', email: null,
  status: 'not_collaborated', labelIds: [], liaisonId, archived, source: 'manual', followers: null, country: null,
  createdAt: 1, updatedAt: 1, createdBy: 'm', updatedBy: 'm', _meta: { lwt: 1 },
});

describe('built-in views', () => {
  it('All: every active one; My: those I am the liaison of; Archived: only the archived ones', () => {
    const projection = new InfluencerProjection();
    projection.applyDocuments([influencer('mine', 'me', false), influencer('theirs', 'other', false), influencer('free', null, false), influencer('old-mine', 'me', true)]);
    const shown = (viewId: string, memberId: string) => {
      const view = BUILT_IN_VIEWS.find((v) => v.id === viewId);
      if (view === undefined) throw new Error(viewId);
      const lookups = { ...EMPTY_SEARCH_LOOKUPS, currentMemberId: memberId };
      return projection.query({ search: '', lookups, filter: view.filter, sort: DEFAULT_SORT, archived: view.archived }).map((r) => r.id).sort();
    };
    expect(shown('all', 'me')).toEqual(['free', 'mine', 'theirs']);
    expect(shown('mine', 'me')).toEqual(['mine']);
    expect(shown('mine', 'other')).toEqual(['theirs']);
    expect(shown('archived', 'me')).toEqual(['old-mine']);
    expect(BUILT_IN_VIEWS.map((v) => v.label)).toEqual(['All influencers', 'My influencers', 'Archived influencers']);
  });
});
