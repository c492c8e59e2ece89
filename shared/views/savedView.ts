import type { ListFilter } from '../filters/listFilter';

/** Who sees a view besides its owner: nobody, the members in `sharedWith`, or the whole team. */
export type ViewSharing = 'private' | 'members' | 'team';

/** The list's sort fields a view may name (renderer/src/modules/influencers/projection/sortRows.ts). */
export const VIEW_SORT_FIELDS = ['name', 'platform', 'email', 'status', 'liaisonId', 'followers', 'country', 'updatedAt', 'createdAt', 'link'] as const;
export type ViewSortField = (typeof VIEW_SORT_FIELDS)[number];

/** A saved view of the influencer list, as stored in the `views` collection (schemas/viewSchema.ts). */
export interface SavedView {
  id: string;
  name: string;
  ownerId: string;
  /** null: no advanced filter. */
  filter: ListFilter | null;
  search: string;
  sortField: ViewSortField;
  sortDirection: 'asc' | 'desc';
  hiddenColumns: string[];
  /** The owner's order of their views (ascending). */
  position: number;
  sharing: ViewSharing;
  /** Member ids when `sharing` is "members"; empty otherwise. */
  sharedWith: string[];
  createdAt: number;
  updatedAt: number;
  updatedBy: string;
}

/** What a view shows: the part "Save" writes and "unsaved changes" compares. */
export type ViewContent = Pick<SavedView, 'filter' | 'search' | 'sortField' | 'sortDirection' | 'hiddenColumns'>;
