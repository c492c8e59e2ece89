import { CURRENT_MEMBER, FILTER_FORMAT_VERSION, type ListFilter } from '../../../../../shared/filters/listFilter';

export type BuiltInViewId = 'all' | 'mine' | 'archived';

/** A view of the list: which side of the archive it shows, and what it keeps of that side. */
export interface ListView {
  /** A BuiltInViewId, or a saved view's id. */
  id: string;
  /** The view's name, also the grid's accessible name. */
  label: string;
  /** Which side of the archive it shows; 'any': both, the filter decides (it has an "Archived" condition). */
  archived: boolean | 'any';
  /** A module constant, so the projection compiles it once. */
  filter: ListFilter | null;
}

const MINE: ListFilter = {
  version: FILTER_FORMAT_VERSION,
  root: { type: 'group', combinator: 'and', children: [{ type: 'condition', field: 'liaison', op: 'any_of', values: [CURRENT_MEMBER] }] },
};

const ALL: ListView = { id: 'all', label: 'All influencers', archived: false, filter: null };

/**
 * The views every team has (reference 000, "CRM View", "CRM List Operations"): archived
 * influencers leave every view but "Archived influencers".
 */
export const BUILT_IN_VIEWS: readonly ListView[] = [
  ALL,
  { id: 'mine', label: 'My influencers', archived: false, filter: MINE },
  { id: 'archived', label: 'Archived influencers', archived: true, filter: null },
];

export function isBuiltInViewId(id: string): id is BuiltInViewId {
  return BUILT_IN_VIEWS.some((view) => view.id === id);
}

export function builtInView(id: string): ListView {
  return BUILT_IN_VIEWS.find((view) => view.id === id) ?? ALL;
}
