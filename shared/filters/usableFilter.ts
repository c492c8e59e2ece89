import { FILTER_FORMAT_VERSION, isEmptyFilter, type FilterCondition, type FilterGroup, type FilterNode, type ListFilter } from './listFilter';
import { validateFilter } from './validateFilter';

/**
 * The filter as it can run while the builder is being edited: conditions not finished yet
 * (no value chosen, a minimum above the maximum) are left out, and the groups they leave
 * empty go too; null when nothing is left. So the list counts what is complete as you type,
 * and a view saves only conditions that mean something.
 */
export function usableFilter(filter: ListFilter | null): ListFilter | null {
  if (filter === null) return null;
  const root = pruneGroup(filter.root);
  const pruned: ListFilter = { version: FILTER_FORMAT_VERSION, root: root ?? { ...filter.root, children: [] } };
  return isEmptyFilter(pruned) ? null : pruned;
}

/** Whether a single condition is complete and valid. */
export function isCompleteCondition(condition: FilterCondition): boolean {
  return conditionProblem(condition) === null;
}

/** What keeps a condition from applying, in words ("choose at least one value."); null: it applies. */
export function conditionProblem(condition: FilterCondition): string | null {
  const checked = validateFilter({ version: FILTER_FORMAT_VERSION, root: { type: 'group', combinator: 'and', children: [condition] } });
  if (checked.ok) return null;
  // "root.children[0] (status): choose at least one value." → "choose at least one value."
  return checked.errors.map((e) => e.replace(/^root\.children\[0\][^:]*: /, '')).join(' ');
}

function pruneGroup(group: FilterGroup): FilterGroup | null {
  const children: FilterNode[] = [];
  for (const child of group.children) {
    if (child.type === 'condition') {
      if (isCompleteCondition(child)) children.push(child);
    } else {
      const pruned = pruneGroup(child);
      if (pruned !== null) children.push(pruned);
    }
  }
  return children.length === 0 ? null : { ...group, children };
}

/** Every filter given, all of them must hold (null and empty ones restrict nothing); null when none restricts. */
export function allOf(...filters: (ListFilter | null)[]): ListFilter | null {
  const parts = filters.filter((f): f is ListFilter => f !== null && !isEmptyFilter(f));
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] ?? null;
  return { version: FILTER_FORMAT_VERSION, root: { type: 'group', combinator: 'and', children: parts.map((p) => p.root) } };
}

/** Whether a condition on `field` appears anywhere in the filter. */
export function filterMentions(filter: ListFilter | null, field: FilterCondition['field']): boolean {
  const walk = (node: FilterNode): boolean => (node.type === 'condition' ? node.field === field : node.children.some(walk));
  return filter !== null && walk(filter.root);
}
