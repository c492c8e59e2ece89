import { beforeAll, describe, expect, it } from 'vitest';

// The store remembers preferences in localStorage; unit tests run in Node.
const memory = new Map<string, string>();
beforeAll(() => {
  Object.assign(globalThis, {
    localStorage: { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) },
  });
});
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('listStore: the applied search', () => {
  it('follows the box in a later task, once per burst of keystrokes, from the first page', async () => {
    const { useListStore } = await import('./listStore');
    const applied: string[] = [];
    useListStore.subscribe((s, before) => {
      if (s.appliedSearch !== before.appliedSearch) applied.push(s.appliedSearch);
    });
    useListStore.getState().setPage(3, 25);
    const { setSearch } = useListStore.getState();
    setSearch('m');
    setSearch('ma');
    setSearch('mar');
    expect(useListStore.getState()).toMatchObject({ search: 'mar', appliedSearch: '', page: 3 });
    await nextTask();
    expect(useListStore.getState()).toMatchObject({ search: 'mar', appliedSearch: 'mar', page: 0 });
    expect(applied).toEqual(['mar']);
  });

  it('follows a search set directly (a view being opened) too', async () => {
    const { useListStore } = await import('./listStore');
    useListStore.setState({ search: 'label:vip' });
    await nextTask();
    expect(useListStore.getState().appliedSearch).toBe('label:vip');
  });

  it('applies a filter edit the same way, together with the search', async () => {
    const { useListStore } = await import('./listStore');
    const filter = { version: 1 as const, root: { type: 'group' as const, combinator: 'and' as const, children: [] } };
    useListStore.getState().setFilter(filter);
    useListStore.getState().setSearch('ana');
    expect(useListStore.getState().appliedFilter).toBeNull();
    await nextTask();
    expect(useListStore.getState()).toMatchObject({ appliedFilter: filter, appliedSearch: 'ana' });
  });
});
