import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCondition, describeFilter, type DescribeContext } from './describeCondition';
import { conditionArb, filterArb } from './filterArbitraries.test-support';
import { CURRENT_MEMBER, type FilterCondition, type ListFilter } from './listFilter';

const names: Record<string, string> = {
  contacted: 'Contacted',
  negotiating: 'Negotiating',
  vip: 'VIP',
  beauty: 'Beauty',
  tech: 'Tech',
  'm-1': 'Olivia Chen',
};
const context: DescribeContext = {
  statusLabel: (id) => names[id] ?? id,
  labelName: (id) => names[id] ?? id,
  memberName: (id) => names[id] ?? id,
  countryName: (code) => ({ BR: 'Brazil', ES: 'Spain' })[code] ?? code,
};
const say = (c: FilterCondition, ctx: DescribeContext = context) => describeCondition(c, ctx);

describe('describeCondition', () => {
  it('names the choices', () => {
    expect(say({ type: 'condition', field: 'status', op: 'any_of', values: ['contacted'] })).toBe('Status is Contacted');
    expect(say({ type: 'condition', field: 'status', op: 'any_of', values: ['contacted', 'negotiating', 'x'] })).toBe('Status is Contacted, Negotiating or x');
    expect(say({ type: 'condition', field: 'status', op: 'none_of', values: ['contacted'] })).toBe('Status is not Contacted');
    expect(say({ type: 'condition', field: 'status', op: 'none_of', values: ['contacted', 'negotiating'] })).toBe('Status is none of Contacted, Negotiating');
    expect(say({ type: 'condition', field: 'contractStatus', op: 'any_of', values: [null] })).toBe('Contract status is none yet');
    expect(say({ type: 'condition', field: 'liaison', op: 'any_of', values: [CURRENT_MEMBER, null, 'm-1'] })).toBe('Liaison is me, unassigned or Olivia Chen');
    expect(say({ type: 'condition', field: 'platform', op: 'any_of', values: ['youtube', 'custom'] })).toBe('Platform is YouTube or Self-created');
    expect(say({ type: 'condition', field: 'country', op: 'any_of', values: ['br', 'es', 'fr'] })).toBe('Country is Brazil, Spain or FR');
    expect(say({ type: 'condition', field: 'language', op: 'any_of', values: ['pt', null] })).toBe('Language is pt or unknown');
    expect(say({ type: 'condition', field: 'source', op: 'any_of', values: ['import'] })).toBe('Source is Imported');
  });

  it('names labels', () => {
    expect(say({ type: 'condition', field: 'labels', op: 'any_of', ids: ['vip', 'beauty'] })).toBe('Labels include VIP or Beauty');
    expect(say({ type: 'condition', field: 'labels', op: 'all_of', ids: ['vip', 'beauty', 'tech'] })).toBe('Labels include VIP, Beauty and Tech');
    expect(say({ type: 'condition', field: 'labels', op: 'none_of', ids: ['vip'] })).toBe('Labels exclude VIP');
    expect(say({ type: 'condition', field: 'labels', op: 'is_empty' })).toBe('Has no labels');
  });

  it('puts ranges and dates in words', () => {
    expect(say({ type: 'condition', field: 'followers', op: 'between', min: 10_000, max: 100_000 })).toBe('Followers between 10,000 and 100,000');
    expect(say({ type: 'condition', field: 'followers', op: 'between', min: 1_000, max: null })).toBe('Followers at least 1,000');
    expect(say({ type: 'condition', field: 'qualityScore', op: 'between', min: null, max: 40 })).toBe('Quality score at most 40');
    expect(say({ type: 'condition', field: 'qualityScore', op: 'between', min: 50, max: 50 })).toBe('Quality score exactly 50');
    expect(say({ type: 'condition', field: 'qualityScore', op: 'is_empty' })).toBe('Quality score not rated');
    const jan1 = Date.UTC(2026, 0, 1);
    const jan31End = Date.UTC(2026, 0, 31, 23, 59, 59, 999);
    expect(say({ type: 'condition', field: 'createdAt', op: 'between', from: jan1, to: jan31End })).toBe('Created between 2026-01-01 and 2026-01-31');
    expect(say({ type: 'condition', field: 'createdAt', op: 'between', from: jan1, to: jan1 + 1000 })).toBe('Created on 2026-01-01');
    expect(say({ type: 'condition', field: 'updatedAt', op: 'between', from: null, to: jan1 })).toBe('Updated on or before 2026-01-01');
    expect(say({ type: 'condition', field: 'updatedAt', op: 'in_last_days', days: 1 })).toBe('Updated in the last day');
    expect(say({ type: 'condition', field: 'updatedAt', op: 'in_last_days', days: 30 })).toBe('Updated in the last 30 days');
    expect(say({ type: 'condition', field: 'createdAt', op: 'between', from: jan1, to: null }, { formatDate: () => '1 Jan' })).toBe('Created on or after 1 Jan');
  });

  it('flags', () => {
    expect(say({ type: 'condition', field: 'hasEmail', op: 'is', value: true })).toBe('Has an email');
    expect(say({ type: 'condition', field: 'hasEmail', op: 'is', value: false })).toBe('Has no email');
    expect(say({ type: 'condition', field: 'archived', op: 'is', value: false })).toBe('Not archived');
  });

  it('always says something, even with no names known', () => {
    fc.assert(
      fc.property(conditionArb, (condition) => {
        const text = describeCondition(condition);
        expect(text.length).toBeGreaterThan(3);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }),
    );
  });
});

describe('describeFilter', () => {
  it('puts nested groups in parentheses', () => {
    const filter: ListFilter = {
      version: 1,
      root: {
        type: 'group',
        combinator: 'and',
        children: [
          { type: 'condition', field: 'status', op: 'any_of', values: ['contacted'] },
          {
            type: 'group',
            combinator: 'or',
            children: [
              { type: 'condition', field: 'hasEmail', op: 'is', value: false },
              { type: 'condition', field: 'followers', op: 'between', min: 1_000, max: null },
            ],
          },
          { type: 'group', combinator: 'or', children: [] },
        ],
      },
    };
    expect(describeFilter(filter, context)).toBe('Status is Contacted and (Has no email or Followers at least 1,000)');
  });

  it('never leaves empty parentheses', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        expect(describeFilter(filter)).not.toMatch(/\(\s*\)|\b(and|or)\s*$|^\s*(and|or)\b|\b(and|or) (and|or)\b/);
      }),
    );
  });
});
