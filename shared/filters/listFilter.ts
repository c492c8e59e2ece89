import type { InfluencerKind, InfluencerSource, Platform } from '../influencer';

/**
 * The advanced filter of the influencer list: AND/OR groups of conditions over the list's
 * fields. Plain JSON, because saved views store it and replicate it to every team member
 * (read a stored one through validateFilter). Evaluate with compileFilter; show a condition
 * as a chip with describeCondition.
 */
export const FILTER_FORMAT_VERSION = 1;

export interface ListFilter {
  version: typeof FILTER_FORMAT_VERSION;
  root: FilterGroup;
}

export interface FilterGroup {
  type: 'group';
  /** An empty group restricts nothing, whatever its combinator. */
  combinator: 'and' | 'or';
  children: FilterNode[];
}

export type FilterNode = FilterGroup | FilterCondition;

/** Fields with a set of possible values; `null` stands for "none" (unassigned, unknown, none yet). */
export const CHOICE_FIELDS = ['status', 'contractStatus', 'paymentStatus', 'liaison', 'platform', 'country', 'language', 'source'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
export const RANGE_FIELDS = ['followers', 'qualityScore'] as const;
export type RangeField = (typeof RANGE_FIELDS)[number];
export const DATE_FIELDS = ['createdAt', 'updatedAt'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export const FLAG_FIELDS = ['hasEmail', 'archived'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];
export type FilterField = ChoiceField | RangeField | DateField | FlagField | 'labels';

/**
 * In a liaison condition: whoever is looking at the list, so one shared view "My influencers"
 * shows each member their own. Member ids are UUIDs and never start with "@".
 */
export const CURRENT_MEMBER = '@me';

/** `platform` values: a platform, or "custom" for self-created influencers. */
export type PlatformFilterValue = Platform | 'custom';

/**
 * - status / contractStatus / paymentStatus: status ids of that group;
 * - liaison: member ids, CURRENT_MEMBER, null for unassigned;
 * - platform: PlatformFilterValue; source: InfluencerSource;
 * - country: ISO 3166 alpha-2 codes (any case); language: BCP 47 tags, where "pt" also
 *   matches "pt-br".
 */
export interface ChoiceCondition {
  type: 'condition';
  field: ChoiceField;
  op: 'any_of' | 'none_of';
  values: (string | null)[];
}

export type LabelsCondition =
  | { type: 'condition'; field: 'labels'; op: 'any_of' | 'all_of' | 'none_of'; ids: string[] }
  | { type: 'condition'; field: 'labels'; op: 'is_empty' | 'is_not_empty' };

/** Bounds are inclusive; a row without a value (not rated, unknown) is outside every range. */
export type RangeCondition =
  | { type: 'condition'; field: RangeField; op: 'between'; min: number | null; max: number | null }
  | { type: 'condition'; field: RangeField; op: 'is_empty' | 'is_not_empty' };

/**
 * Dates are ms since epoch, bounds inclusive (the builder turns picked days into the first
 * and last millisecond of those days). `in_last_days` is relative to when the filter runs,
 * so a saved view "updated this week" stays current.
 */
export type DateCondition =
  | { type: 'condition'; field: DateField; op: 'between'; from: number | null; to: number | null }
  | { type: 'condition'; field: DateField; op: 'in_last_days'; days: number };

export interface FlagCondition {
  type: 'condition';
  field: FlagField;
  op: 'is';
  value: boolean;
}

export type FilterCondition = ChoiceCondition | LabelsCondition | RangeCondition | DateCondition | FlagCondition;

/** What a filter reads from a row; the list's projection rows have these fields. */
export interface FilterableRow {
  kind: InfluencerKind;
  platform: Platform | null;
  status: string;
  contractStatus: string | null;
  paymentStatus: string | null;
  labelIds: readonly string[];
  liaisonId: string | null;
  followers: number | null;
  qualityScore: number | null;
  country: string | null;
  language: string | null;
  source: InfluencerSource;
  email: string | null;
  archived: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A filter that keeps every row. */
export function emptyFilter(): ListFilter {
  return { version: FILTER_FORMAT_VERSION, root: { type: 'group', combinator: 'and', children: [] } };
}

/** True when the filter has no condition anywhere (empty groups restrict nothing). */
export function isEmptyFilter(filter: ListFilter): boolean {
  const hasCondition = (node: FilterNode): boolean => node.type === 'condition' || node.children.some(hasCondition);
  return !hasCondition(filter.root);
}
