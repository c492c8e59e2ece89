import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterArb } from './filterArbitraries.test-support';
import { listConditions, removeFilterNode } from './filterPaths';
import type { FilterNode, ListFilter } from './listFilter';

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
