import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterArb } from './filterArbitraries.test-support';
import { appendFilterNode, listConditions, nodeAt, removeFilterNode, replaceFilterNode } from './filterPaths';
import type { FilterCondition, FilterNode, ListFilter } from './listFilter';

const archived: FilterNode = { type: 'condition', field: 'archived', op: 'is', value: false };
const email: FilterNode = { type: 'condition', field: 'hasEmail', op: 'is', value: true };
const vip: FilterNode = { type: 'condition', field: 'labels', op: 'any_of', ids: ['vip'] };

const filter: ListFilter = {
  version: 1,
  root: { type: 'group', combinator: 'and', children: [archived, { type: 'group', combinator: 'or', children: [email, vip] }] },
};

describe('listConditions / removeFilterNode', () => {
  it('lists every condition with its path', () => {
    expect(listConditions(filter)).toEqual([
      { path: [0], condition: archived },
      { path: [1, 0], condition: email },
      { path: [1, 1], condition: vip },
    ]);
  });

  it('removes a condition and drops groups it leaves empty, without changing the original', () => {
    const once = removeFilterNode(filter, [1, 0]);
    expect(once.root.children).toEqual([archived, { type: 'group', combinator: 'or', children: [vip] }]);
    const twice = removeFilterNode(once, [1, 0]);
    expect(twice.root.children).toEqual([archived]);
    expect(removeFilterNode(twice, [0]).root).toEqual({ type: 'group', combinator: 'and', children: [] });
    expect(listConditions(filter)).toHaveLength(3);
  });

  it('ignores paths that lead nowhere', () => {
    expect(removeFilterNode(filter, [5])).toEqual(filter);
    expect(removeFilterNode(filter, [0, 1])).toEqual(filter);
    expect(removeFilterNode(filter, [1, 9])).toEqual(filter);
  });

  it('removing any listed condition leaves exactly the others', () => {
    fc.assert(
      fc.property(filterArb, fc.nat(), (f, pick) => {
        const listed = listConditions(f);
        if (listed.length === 0) return;
        const index = pick % listed.length;
        const target = listed[index];
        if (target === undefined) return;
        const rest = listConditions(removeFilterNode(f, target.path)).map((c) => c.condition);
        expect(rest).toEqual(listed.filter((_, i) => i !== index).map((c) => c.condition));
      }),
    );
  });
});

describe('builder edits by path', () => {
  const status: FilterCondition = { type: 'condition', field: 'status', op: 'any_of', values: ['contacted'] };
  const noEmail: FilterCondition = { type: 'condition', field: 'hasEmail', op: 'is', value: false };
  const base: ListFilter = { version: 1, root: { type: 'group', combinator: 'and', children: [status, { type: 'group', combinator: 'or', children: [noEmail] }] } };

  it('replaces a nested condition and leaves the original filter as it was', () => {
    const archived: FilterCondition = { type: 'condition', field: 'archived', op: 'is', value: true };
    const next = replaceFilterNode(base, [1, 0], archived);
    expect(nodeAt(next, [1, 0])).toEqual(archived);
    expect(nodeAt(base, [1, 0])).toEqual(noEmail);
    expect(nodeAt(next, [0])).toBe(status);
  });

  it('appends to a group, and ignores a path that is no group', () => {
    const next = appendFilterNode(base, [1], status);
    expect(listConditions(next).map((c) => c.path)).toEqual([[0], [1, 0], [1, 1]]);
    expect(appendFilterNode(base, [0], noEmail)).toBe(base);
    expect(replaceFilterNode(base, [0, 3], noEmail)).toEqual(base);
  });
});
