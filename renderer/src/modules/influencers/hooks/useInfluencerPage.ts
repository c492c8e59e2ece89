import { useDeferredValue, useMemo } from 'react';
import { projection } from '../../../app/crmRuntime';
import type { ListFilter } from '../../../../../shared/filters/listFilter';
import type { SearchProblem } from '../../../../../shared/search/parseSearchQuery';
import type { ListRow } from '../projection/listRow';
import { useInfluencerTypeStore } from '../stores/influencerTypeStore';
import { useListStore } from '../stores/listStore';
import { useProjectionVersion } from './useProjectionVersion';
import { useSearchLookups } from './useSearchLookups';

export interface InfluencerPage {
  rows: ListRow[];
  /** How many influencers match the current search, over all pages. */
  total: number;
  ready: boolean;
  /** The search these rows answer: it trails the search box while React catches up. */
  search: string;
  /** What the search read leniently (an unclosed quote, an unknown operator or name). */
  problems: readonly SearchProblem[];
  /** Every matching row in order, over all pages ("Select all N matching"). */
  matching: readonly ListRow[];
}

/**
 * The current page of the list: search and sort run over the whole projection in memory.
 * `filter`: what the view keeps (e.g. "My influencers"); a stable object, compiled once.
 */
export function useInfluencerPage(archived: boolean | 'any', filter: ListFilter | null = null): InfluencerPage {
  const version = useProjectionVersion();
  // Not the box's text: a keystroke repaints only the box, the list follows in its own task.
  const search = useListStore((s) => s.appliedSearch);
  const scope = useDeferredValue(useInfluencerTypeStore((s) => s.scope));
  const lookups = useSearchLookups();
  const sort = useListStore((s) => s.sort);
  const page = useListStore((s) => s.page);
  const pageSize = useListStore((s) => s.pageSize);
  const matching = useMemo(
    () => projection.query({ search, scope, lookups, filter, sort, archived }),
    // `version` is the projection's change counter: a new version means new rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the projection's content
    [search, scope, lookups, filter, sort, archived, version],
  );
  // Compiled once per text and scope, cached in the projection: this is a lookup.
  const problems = projection.compile(search, scope, lookups).problems;
  const rows = useMemo(() => matching.slice(page * pageSize, (page + 1) * pageSize), [matching, page, pageSize]);
  const preview = projection.previewFor({ search, scope, filter, sort, archived });
  if (preview !== null && page === 0) return { rows: preview.rows.slice(0, pageSize), total: preview.total, ready: true, search, problems, matching };
  return { rows, total: matching.length, ready: projection.ready, search, problems, matching };
}
