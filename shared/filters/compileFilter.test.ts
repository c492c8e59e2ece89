import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, evaluateFilter, type FilterContext } from './compileFilter';
import { conditionArb, filterArb, NOW, rowArb } from './filterArbitraries.test-support';
import { CURRENT_MEMBER, emptyFilter, isEmptyFilter, type FilterableRow, type FilterCondition, type FilterNode, type ListFilter } from './listFilter';

const DAY = 86_400_000;
const context: FilterContext = { now: NOW, currentMemberId: 'm-me' };

function r(id: string, overrides: Partial<FilterableRow> = {}): FilterableRow & { id: string } {
  return {
    id,
    kind: 'platform',
    platform: 'youtube',
    status: 'not_collaborated',
    contractStatus: null,
    paymentStatus: null,
    labelIds: [],
    liaisonId: null,
    followers: null,
    qualityScore: null,
    country: null,
    language: null,
    source: 'manual',
    email: null,
    archived: false,
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - DAY,
    ...overrides,
  };
}

const rows = [
  r('ana', { kind: 'custom', platform: null, status: 'contacted', labelIds: ['vip', 'beauty'], liaisonId: 'm-me', followers: 50_000, qualityScore: 80, country: 'BR', language: 'pt-br', email: 'ana@x.com', source: 'import' }),
  r('ben', { platform: 'instagram', status: 'negotiating', labelIds: ['beauty'], liaisonId: 'm-other', followers: 1_000, qualityScore: 40, country: 'US', language: 'en', contractStatus: 'contract_sent', createdAt: NOW - 100 * DAY }),
  r('cai', { platform: 'tiktok', labelIds: [], followers: 1_000_000, country: 'es', language: 'es', email: '', archived: true, paymentStatus: 'paid_fully', updatedAt: NOW - 30 * DAY }),
  r('dee', { status: 'contacted', labelIds: ['tech'], liaisonId: 'm-me', qualityScore: 60, language: 'pt', email: 'dee@y.com' }),
];

const cond = (c: FilterCondition): ListFilter => ({ version: 1, root: { type: 'group', combinator: 'and', children: [c] } });
const ids = (filter: ListFilter | FilterNode, ctx: FilterContext = context): string[] => {
  const test = compileFilter(filter, ctx);
  return rows.filter((row) => test(row)).map((row) => row.id);
};

describe('compileFilter: conditions', () => {
  it('an empty filter keeps every row', () => {
    expect(ids(emptyFilter())).toEqual(['ana', 'ben', 'cai', 'dee']);
    expect(isEmptyFilter(emptyFilter())).toBe(true);
    const nestedEmpty: ListFilter = { version: 1, root: { type: 'group', combinator: 'or', children: [{ type: 'group', combinator: 'and', children: [] }] } };
    expect(isEmptyFilter(nestedEmpty)).toBe(true);
    expect(ids(nestedEmpty)).toHaveLength(4);
  });

  it('status, contract and payment status, with null as "none yet"', () => {
    expect(ids(cond({ type: 'condition', field: 'status', op: 'any_of', values: ['contacted'] }))).toEqual(['ana', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'status', op: 'none_of', values: ['contacted', 'negotiating'] }))).toEqual(['cai']);
    expect(ids(cond({ type: 'condition', field: 'contractStatus', op: 'any_of', values: [null] }))).toEqual(['ana', 'cai', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'paymentStatus', op: 'any_of', values: ['paid_fully'] }))).toEqual(['cai']);
  });

  it('labels: any, all, none, empty', () => {
    expect(ids(cond({ type: 'condition', field: 'labels', op: 'any_of', ids: ['vip', 'tech'] }))).toEqual(['ana', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'labels', op: 'all_of', ids: ['vip', 'beauty'] }))).toEqual(['ana']);
    expect(ids(cond({ type: 'condition', field: 'labels', op: 'none_of', ids: ['beauty'] }))).toEqual(['cai', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'labels', op: 'is_empty' }))).toEqual(['cai']);
    expect(ids(cond({ type: 'condition', field: 'labels', op: 'is_not_empty' }))).toEqual(['ana', 'ben', 'dee']);
  });

  it('liaison: members, me, unassigned', () => {
    expect(ids(cond({ type: 'condition', field: 'liaison', op: 'any_of', values: [CURRENT_MEMBER] }))).toEqual(['ana', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'liaison', op: 'any_of', values: [CURRENT_MEMBER] }), { ...context, currentMemberId: null })).toEqual([]);
    expect(ids(cond({ type: 'condition', field: 'liaison', op: 'any_of', values: [null, 'm-other'] }))).toEqual(['ben', 'cai']);
    expect(ids(cond({ type: 'condition', field: 'liaison', op: 'none_of', values: [null] }))).toEqual(['ana', 'ben', 'dee']);
  });

  it('platform, with self-created as "custom"; source', () => {
    expect(ids(cond({ type: 'condition', field: 'platform', op: 'any_of', values: ['custom', 'tiktok'] }))).toEqual(['ana', 'cai']);
    expect(ids(cond({ type: 'condition', field: 'platform', op: 'none_of', values: ['custom'] }))).toEqual(['ben', 'cai', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'source', op: 'any_of', values: ['import'] }))).toEqual(['ana']);
  });

  it('country ignores case; language "pt" includes its regions but "pt-br" not plain "pt"', () => {
    expect(ids(cond({ type: 'condition', field: 'country', op: 'any_of', values: ['ES', 'br'] }))).toEqual(['ana', 'cai']);
    expect(ids(cond({ type: 'condition', field: 'country', op: 'any_of', values: [null] }))).toEqual(['dee']);
    expect(ids(cond({ type: 'condition', field: 'language', op: 'any_of', values: ['pt'] }))).toEqual(['ana', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'language', op: 'any_of', values: ['PT-BR'] }))).toEqual(['ana']);
    expect(ids(cond({ type: 'condition', field: 'language', op: 'none_of', values: ['pt', null] }))).toEqual(['ben', 'cai']);
  });

  it('ranges are inclusive and never match unknown values', () => {
    expect(ids(cond({ type: 'condition', field: 'followers', op: 'between', min: 1_000, max: 50_000 }))).toEqual(['ana', 'ben']);
    expect(ids(cond({ type: 'condition', field: 'followers', op: 'between', min: 50_001, max: null }))).toEqual(['cai']);
    expect(ids(cond({ type: 'condition', field: 'qualityScore', op: 'between', min: null, max: 60 }))).toEqual(['ben', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'qualityScore', op: 'is_empty' }))).toEqual(['cai']);
    expect(ids(cond({ type: 'condition', field: 'followers', op: 'is_not_empty' }))).toEqual(['ana', 'ben', 'cai']);
  });

  it('dates: inclusive ranges and "in the last N days" from now', () => {
    expect(ids(cond({ type: 'condition', field: 'createdAt', op: 'between', from: NOW - 100 * DAY, to: NOW - 100 * DAY }))).toEqual(['ben']);
    expect(ids(cond({ type: 'condition', field: 'createdAt', op: 'between', from: NOW - 50 * DAY, to: null }))).toEqual(['ana', 'cai', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'updatedAt', op: 'in_last_days', days: 7 }))).toEqual(['ana', 'ben', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'updatedAt', op: 'in_last_days', days: 7 }), { ...context, now: NOW + 30 * DAY })).toEqual([]);
  });

  it('has email treats an empty email as none; archived', () => {
    expect(ids(cond({ type: 'condition', field: 'hasEmail', op: 'is', value: true }))).toEqual(['ana', 'dee']);
    expect(ids(cond({ type: 'condition', field: 'hasEmail', op: 'is', value: false }))).toEqual(['ben', 'cai']);
    expect(ids(cond({ type: 'condition', field: 'archived', op: 'is', value: true }))).toEqual(['cai']);
  });
});

describe('compileFilter: groups', () => {
  it('combines with AND and OR, nested', () => {
    const filter: ListFilter = {
      version: 1,
      root: {
        type: 'group',
        combinator: 'and',
        children: [
          { type: 'condition', field: 'archived', op: 'is', value: false },
          {
            type: 'group',
            combinator: 'or',
            children: [
              { type: 'condition', field: 'labels', op: 'any_of', ids: ['tech'] },
              { type: 'condition', field: 'followers', op: 'between', min: 10_000, max: null },
            ],
          },
        ],
      },
    };
    expect(ids(filter)).toEqual(['ana', 'dee']);
    expect(evaluateFilter(filter, rows[2] as FilterableRow, context)).toBe(false);
  });

  it('agrees with the rule read directly: AND is every child, OR is some child, none_of is not any_of', () => {
    fc.assert(
      fc.property(filterArb, rowArb, (filter, row) => {
        const children = filter.root.children.map((child) => evaluateFilter(child, row, context));
        const expected = children.length === 0 || (filter.root.combinator === 'and' ? children.every(Boolean) : children.some(Boolean));
        expect(evaluateFilter(filter, row, context)).toBe(expected);
      }),
    );
    fc.assert(
      fc.property(conditionArb, rowArb, (condition, row) => {
        if (!('values' in condition) && !('ids' in condition)) return;
        if (condition.op !== 'any_of' && condition.op !== 'none_of') return;
        const flipped = { ...condition, op: condition.op === 'any_of' ? 'none_of' : 'any_of' } as FilterCondition;
        expect(evaluateFilter(flipped, row, context)).toBe(!evaluateFilter(condition, row, context));
      }),
    );
  });

  it('gives the same answers after a JSON round trip (what a saved view goes through)', () => {
    fc.assert(
      fc.property(filterArb, fc.array(rowArb, { maxLength: 5 }), (filter, sample) => {
        const copy = JSON.parse(JSON.stringify(filter)) as ListFilter;
        for (const row of sample) expect(evaluateFilter(copy, row, context)).toBe(evaluateFilter(filter, row, context));
      }),
    );
  });
});
