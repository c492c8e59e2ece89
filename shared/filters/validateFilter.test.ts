import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depthOf, filterArb } from './filterArbitraries.test-support';
import type { ListFilter } from './listFilter';
import { MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, validateFilter } from './validateFilter';

const withCondition = (condition: unknown): unknown => ({ version: 1, root: { type: 'group', combinator: 'and', children: [condition] } });
const errorsOf = (value: unknown): string[] => {
  const result = validateFilter(value);
  return result.ok ? [] : result.errors;
};

describe('validateFilter', () => {
  it('accepts every filter the builder can make, as an equal fresh copy', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        fc.pre(depthOf(filter.root) <= MAX_FILTER_DEPTH);
        const stored: unknown = JSON.parse(JSON.stringify(filter));
        const result = validateFilter(stored);
        expect(result).toEqual({ ok: true, filter });
        if (result.ok) expect(result.filter).not.toBe(stored);
      }),
    );
  });

  it('never throws, whatever arrives from storage', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }), (value) => {
        const result = validateFilter(value);
        expect(typeof result.ok).toBe('boolean');
        expect(validateFilter(withCondition(value)).ok).toBe(false);
      }),
    );
  });

  it('rejects a corrupted copy of a valid filter with a message naming the place', () => {
    fc.assert(
      fc.property(filterArb.filter((f) => f.root.children.length > 0), fc.constantFrom('op', 'field', 'type', 'extra'), (filter, key) => {
        const broken = JSON.parse(JSON.stringify(filter)) as { root: { children: Record<string, unknown>[] } };
        const first = broken.root.children[0];
        if (first === undefined) return;
        first[key] = key === 'extra' ? 1 : 'bogus';
        const errors = errorsOf(broken);
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.join('\n')).toContain('root.children[0]');
      }),
    );
  });

  it('explains what is wrong in words', () => {
    expect(errorsOf(null)).toEqual(['The filter is not an object.']);
    expect(errorsOf({ version: 7, root: {} })).toEqual(['This filter was saved by a newer version of the app (format 7); update the app to use it.']);
    expect(errorsOf({ version: 1, root: { type: 'condition', field: 'archived', op: 'is', value: true } })).toEqual(['root: must be a group.']);
    expect(errorsOf(withCondition({ type: 'condition', field: 'shoeSize', op: 'is', value: 1 }))).toEqual([
      'root.children[0].field: "shoeSize" is not a field the list can filter by.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'followers', op: 'between', min: 500, max: 100 }))).toEqual([
      'root.children[0] (followers): the minimum (500) is above the maximum (100).',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'qualityScore', op: 'between', min: null, max: 101 }))).toEqual([
      'root.children[0] (qualityScore).max: must be empty or a number from 0 to 100.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'followers', op: 'between', min: null, max: null }))).toEqual([
      'root.children[0] (followers): give a minimum, a maximum or both.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'createdAt', op: 'between', from: 10, to: 5 }))).toEqual([
      'root.children[0] (createdAt): the start date is after the end date.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'updatedAt', op: 'in_last_days', days: 1.5 }))).toEqual([
      'root.children[0] (updatedAt): days must be a whole number from 1 to 36500.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'status', op: 'any_of', values: [] }))).toEqual([
      'root.children[0] (status): choose at least one value.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'platform', op: 'any_of', values: ['myspace'] }))).toEqual([
      'root.children[0] (platform): value 1 ("myspace") is not valid here.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'country', op: 'any_of', values: ['Spain'] }))).toEqual([
      'root.children[0] (country): value 1 ("Spain") is not valid here.',
    ]);
    expect(errorsOf(withCondition({ type: 'condition', field: 'hasEmail', op: 'is', value: 'yes' }))).toEqual([
      'root.children[0] (hasEmail): value must be true or false.',
    ]);
  });

  it('refuses unknown keys, including prototype names', () => {
    const parsed: unknown = JSON.parse('{"version":1,"root":{"type":"group","combinator":"and","children":[],"__proto__":{"x":1}}}');
    expect(errorsOf(parsed)).toEqual(['root.__proto__: not part of a filter.']);
    expect(errorsOf({ version: 1, root: { type: 'group', combinator: 'xor', children: [] } })).toEqual(['root.combinator: must be "and" or "or".']);
  });

  it('limits depth and size, so a hostile filter cannot exhaust the stack or the list', () => {
    let deep: unknown = { type: 'condition', field: 'archived', op: 'is', value: false };
    for (let i = 0; i < 10_000; i++) deep = { type: 'group', combinator: 'and', children: [deep] };
    expect(errorsOf({ version: 1, root: deep }).join()).toContain(`groups nest at most ${MAX_FILTER_DEPTH} deep`);

    const many = Array.from({ length: MAX_FILTER_CONDITIONS + 1 }, () => ({ type: 'condition', field: 'archived', op: 'is', value: false }));
    expect(errorsOf({ version: 1, root: { type: 'group', combinator: 'or', children: many } })).toEqual([
      `root.children[${MAX_FILTER_CONDITIONS}]: a filter has at most ${MAX_FILTER_CONDITIONS} conditions.`,
    ]);
    const atLimit: ListFilter = { version: 1, root: { type: 'group', combinator: 'or', children: many.slice(1) as ListFilter['root']['children'] } };
    expect(validateFilter(atLimit).ok).toBe(true);
  });
});
