import type { SavedView } from './savedView';

/** A valid saved view for tests; override what a test is about. */
export function viewFixture(overrides: Partial<SavedView> = {}): SavedView {
  return {
    id: 'view-1',
    name: 'Spanish YouTubers',
    ownerId: 'member-1',
    filter: {
      version: 1,
      root: {
        type: 'group',
        combinator: 'and',
        children: [
          { type: 'condition', field: 'country', op: 'any_of', values: ['ES'] },
          { type: 'condition', field: 'platform', op: 'any_of', values: ['youtube'] },
        ],
      },
    },
    search: '',
    sortField: 'followers',
    sortDirection: 'desc',
    hiddenColumns: ['link'],
    position: 0,
    sharing: 'private',
    sharedWith: [],
    createdAt: 1_000,
    updatedAt: 1_000,
    updatedBy: 'member-1',
    ...overrides,
  };
}
