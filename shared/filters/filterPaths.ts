import type { FilterCondition, FilterGroup, FilterNode, ListFilter } from './listFilter';

/** Where a node sits: child indexes from the root group ([] is the root itself). */
export type FilterPath = readonly number[];

/** Every condition with its path, in reading order: one chip each. */
export function listConditions(filter: ListFilter): { path: number[]; condition: FilterCondition }[] {
  const out: { path: number[]; condition: FilterCondition }[] = [];
  const walk = (node: FilterNode, path: number[]): void => {
    if (node.type === 'condition') out.push({ path, condition: node });
    else node.children.forEach((child, i) => walk(child, [...path, i]));
  };
  walk(filter.root, []);
  return out;
}

/**
 * The filter without the node at `path` (a chip's ✕). Groups left empty by the removal go
 * too, so no empty "( )" remains; the root group always stays. Returns a new filter.
 */
export function removeFilterNode(filter: ListFilter, path: FilterPath): ListFilter {
  if (path.length === 0) return { ...filter, root: { ...filter.root, children: [] } };
  const root = removeFrom(filter.root, path) ?? { ...filter.root, children: [] };
  return { ...filter, root };
}

/** null when the group became empty. */
function removeFrom(group: FilterGroup, path: FilterPath): FilterGroup | null {
  const [index, ...rest] = path;
  if (index === undefined || index < 0 || index >= group.children.length) return group;
  const children = [...group.children];
  const child = children[index];
  if (rest.length === 0) {
    children.splice(index, 1);
  } else if (child === undefined || child.type === 'condition') {
    return group; // the path runs past a condition: nothing there to remove
  } else {
    const next = removeFrom(child, rest);
    if (next === null) children.splice(index, 1);
    else children[index] = next;
  }
  return children.length === 0 ? null : { ...group, children };
}

/** The filter with the node at `path` replaced by `node` (a builder edit). Returns a new filter. */
export function replaceFilterNode(filter: ListFilter, path: FilterPath, node: FilterNode): ListFilter {
  if (path.length === 0) return node.type === 'group' ? { ...filter, root: node } : filter;
  return { ...filter, root: replaceIn(filter.root, path, node) };
}

/** The filter with `node` added at the end of the group at `groupPath`; unchanged when no group is there. */
export function appendFilterNode(filter: ListFilter, groupPath: FilterPath, node: FilterNode): ListFilter {
  const group = nodeAt(filter, groupPath);
  if (group === undefined || group.type !== 'group') return filter;
  return replaceFilterNode(filter, groupPath, { ...group, children: [...group.children, node] });
}

export function nodeAt(filter: ListFilter, path: FilterPath): FilterNode | undefined {
  let node: FilterNode | undefined = filter.root;
  for (const index of path) node = node?.type === 'group' ? node.children[index] : undefined;
  return node;
}

function replaceIn(group: FilterGroup, path: FilterPath, node: FilterNode): FilterGroup {
  const [index, ...rest] = path;
  const child = index === undefined ? undefined : group.children[index];
  if (index === undefined || child === undefined) return group;
  const children = [...group.children];
  if (rest.length === 0) children[index] = node;
  else if (child.type === 'group') children[index] = replaceIn(child, rest, node);
  else return group; // the path runs past a condition
  return { ...group, children };
}
