import fc from 'fast-check';
import type { FilterableRow, FilterCondition, FilterNode, ListFilter } from './listFilter';
import { CURRENT_MEMBER, FILTER_FORMAT_VERSION } from './listFilter';

/** Generators shared by the filter tests: valid filters and rows over a small vocabulary. */
export const STATUS_IDS = ['not_collaborated', 'contacted', 'negotiating'];
export const LABEL_IDS = ['l-vip', 'l-beauty', 'l-tech'];
export const MEMBER_IDS = ['m-1', 'm-2'];
export const NOW = Date.UTC(2026, 5, 15);
const DAY = 86_400_000;

export const rowArb: fc.Arbitrary<FilterableRow> = fc.record({
  kind: fc.constantFrom('platform' as const, 'custom' as const),
  platform: fc.constantFrom('youtube' as const, 'instagram' as const, 'tiktok' as const, null),
  status: fc.constantFrom(...STATUS_IDS),
  contractStatus: fc.constantFrom('contract_sent', 'contract_signed', null),
  paymentStatus: fc.constantFrom('paid_fully', null),
  labelIds: fc.subarray(LABEL_IDS),
  liaisonId: fc.constantFrom(...MEMBER_IDS, null),
  followers: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
  qualityScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  country: fc.constantFrom('ES', 'BR', 'US', null),
  language: fc.constantFrom('en', 'pt-br', 'pt', 'es', null),
  source: fc.constantFrom('manual' as const, 'import' as const, 'email' as const, 'status_change' as const),
  email: fc.constantFrom('a@x.com', '', null),
  archived: fc.boolean(),
  createdAt: fc.integer({ min: NOW - 400 * DAY, max: NOW }),
  updatedAt: fc.integer({ min: NOW - 400 * DAY, max: NOW }),
}).map((r) => ({ ...r, kind: r.platform === null ? ('custom' as const) : ('platform' as const) }));

const bound = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });

export const conditionArb: fc.Arbitrary<FilterCondition> = fc.oneof(
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('status' as const),
    op: fc.constantFrom('any_of' as const, 'none_of' as const),
    values: fc.uniqueArray(fc.constantFrom(...STATUS_IDS), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constantFrom('contractStatus' as const, 'paymentStatus' as const),
    op: fc.constantFrom('any_of' as const, 'none_of' as const),
    values: fc.uniqueArray(fc.constantFrom('contract_sent', 'contract_signed', 'paid_fully', null), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('liaison' as const),
    op: fc.constantFrom('any_of' as const, 'none_of' as const),
    values: fc.uniqueArray(fc.constantFrom(...MEMBER_IDS, CURRENT_MEMBER, null), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('platform' as const),
    op: fc.constantFrom('any_of' as const, 'none_of' as const),
    values: fc.uniqueArray(fc.constantFrom('youtube', 'instagram', 'tiktok', 'custom'), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('country' as const),
    op: fc.constantFrom('any_of' as const, 'none_of' as const),
    values: fc.uniqueArray(fc.constantFrom('ES', 'br', 'US', null), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('language' as const),
    op: fc.constantFrom('any_of' as const, 'none_of' as const),
    values: fc.uniqueArray(fc.constantFrom('en', 'pt', 'pt-BR', 'es', null), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('source' as const),
    op: fc.constantFrom('any_of' as const, 'none_of' as const),
    values: fc.uniqueArray(fc.constantFrom('manual', 'import', 'email', 'status_change'), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('labels' as const),
    op: fc.constantFrom('any_of' as const, 'all_of' as const, 'none_of' as const),
    ids: fc.uniqueArray(fc.constantFrom(...LABEL_IDS), { minLength: 1 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('labels' as const),
    op: fc.constantFrom('is_empty' as const, 'is_not_empty' as const),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constantFrom('followers' as const, 'qualityScore' as const),
    op: fc.constant('between' as const),
    min: bound(100),
    max: bound(100),
  }).filter((c) => (c.min !== null || c.max !== null) && (c.min === null || c.max === null || c.min <= c.max)),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constantFrom('followers' as const, 'qualityScore' as const),
    op: fc.constantFrom('is_empty' as const, 'is_not_empty' as const),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constantFrom('createdAt' as const, 'updatedAt' as const),
    op: fc.constant('between' as const),
    from: fc.option(fc.integer({ min: NOW - 400 * DAY, max: NOW }), { nil: null }),
    to: fc.option(fc.integer({ min: NOW - 400 * DAY, max: NOW }), { nil: null }),
  }).filter((c) => (c.from !== null || c.to !== null) && (c.from === null || c.to === null || c.from <= c.to)),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constantFrom('createdAt' as const, 'updatedAt' as const),
    op: fc.constant('in_last_days' as const),
    days: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constantFrom('hasEmail' as const, 'archived' as const),
    op: fc.constant('is' as const),
    value: fc.boolean(),
  }),
);

const { node } = fc.letrec<{ node: FilterNode; group: FilterNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, conditionArb, tie('group')),
  group: fc.record({
    type: fc.constant('group' as const),
    combinator: fc.constantFrom('and' as const, 'or' as const),
    children: fc.array(tie('node'), { maxLength: 3 }),
  }),
}));

export const filterArb: fc.Arbitrary<ListFilter> = fc
  .record({ combinator: fc.constantFrom('and' as const, 'or' as const), children: fc.array(node, { maxLength: 4 }) })
  .map(({ combinator, children }) => ({ version: FILTER_FORMAT_VERSION, root: { type: 'group' as const, combinator, children } }));

/** Depth of a node: a condition is 0, a group one more than its deepest child. */
export function depthOf(n: FilterNode): number {
  return n.type === 'condition' ? 0 : 1 + Math.max(0, ...n.children.map(depthOf));
}
