import Box from '@mui/material/Box';
import { DataGrid, type GridPaginationModel, type GridRowSelectionModel, type GridSortModel } from '@mui/x-data-grid';
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { parseSearchQuery } from '../../../../../shared/search/parseSearchQuery';
import { SearchHighlightContext } from '../highlight/searchHighlight';
import { listGridApiRef } from '../keyboard/listGridApi';
import { QUICK_ACTION_ROW_PROPS } from '../quickActions/quickActionRowProps';
import { useInfluencerPage } from '../hooks/useInfluencerPage';
import type { ListView } from '../stores/builtInViews';
import { useListStore } from '../stores/listStore';
import { INFLUENCER_COLUMNS, INFLUENCER_GRID_STYLES, SORT_FIELDS } from './influencerColumns';

const PAGE_SIZES = [25, 50, 100];
const TOOLBAR_PROPS = {
  toolbar: {
    showQuickFilter: false,
    csvOptions: { disableToolbarButton: true },
    printOptions: { disableToolbarButton: true },
  },
  row: QUICK_ACTION_ROW_PROPS,
} as const;

/**
 * The community DataGrid shows one page at a time (it cannot turn pagination off): we hand
 * it the current page of the in-memory projection and do search and sort ourselves.
 */
export function InfluencerTable({ view }: { view: ListView }) {
  const { rows, total, ready, search } = useInfluencerPage(view.archived, view.filter);
  const sort = useListStore((s) => s.sort);
  const page = useListStore((s) => s.page);
  const pageSize = useListStore((s) => s.pageSize);
  const density = useListStore((s) => s.density);
  const hiddenColumns = useListStore((s) => s.hiddenColumns);
  const selectedIds = useListStore((s) => s.selectedIds);
  const { setSort, setPage, setDensity, setHiddenColumns, setSelectedIds } = useListStore.getState();

  const sortModel = useMemo<GridSortModel>(() => {
    const column = Object.entries(SORT_FIELDS).find(([, field]) => field === sort.field)?.[0];
    return column === undefined ? [] : [{ field: column, sort: sort.direction }];
  }, [sort]);
  const paginationModel = useMemo<GridPaginationModel>(() => ({ page, pageSize }), [page, pageSize]);
  const selectionModel = useMemo<GridRowSelectionModel>(() => ({ type: 'include', ids: new Set(selectedIds) }), [selectedIds]);
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  // The terms the shown rows answer, highlighted in their cells.
  const highlight = useMemo(() => parseSearchQuery(search), [search]);

  const onSortModelChange = useCallback(
    (model: GridSortModel) => {
      const item = model[0];
      const field = item === undefined ? undefined : SORT_FIELDS[item.field];
      // Clearing the sort returns to the default order (latest updated first).
      if (item === undefined || field === undefined || item.sort == null) setSort({ field: 'updatedAt', direction: 'desc' });
      else setSort({ field, direction: item.sort });
    },
    [setSort],
  );

  // Paging from the keyboard: Alt+→/← or Ctrl+PageDown/PageUp for next/previous page,
  // Alt+Home/End for the first/last page.
  const onKeyDown = (event: KeyboardEvent) => {
    const next = event.altKey && event.key === 'ArrowRight' || (event.ctrlKey || event.metaKey) && event.key === 'PageDown';
    const prev = event.altKey && event.key === 'ArrowLeft' || (event.ctrlKey || event.metaKey) && event.key === 'PageUp';
    let target: number | null = null;
    if (next) target = Math.min(lastPage, page + 1);
    else if (prev) target = Math.max(0, page - 1);
    else if (event.altKey && event.key === 'Home') target = 0;
    else if (event.altKey && event.key === 'End') target = lastPage;
    if (target === null) return;
    event.preventDefault();
    event.stopPropagation();
    setPage(target, pageSize);
  };

  return (
    // data-results-for tells which search the rendered rows answer (the benchmark waits on it).
    <Box sx={{ flex: 1, minHeight: 0 }} onKeyDownCapture={onKeyDown} data-results-for={search}>
      <SearchHighlightContext value={highlight}>
      <DataGrid
        apiRef={listGridApiRef}
        aria-label={view.label}
        rows={rows}
        columns={INFLUENCER_COLUMNS}
        rowCount={total}
        loading={!ready}
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        disableColumnFilter
        paginationModel={paginationModel}
        onPaginationModelChange={(model) => setPage(model.page, model.pageSize)}
        pageSizeOptions={PAGE_SIZES}
        sortModel={sortModel}
        onSortModelChange={onSortModelChange}
        sortingOrder={['asc', 'desc']}
        density={density}
        onDensityChange={setDensity}
        columnVisibilityModel={hiddenColumns}
        onColumnVisibilityModelChange={setHiddenColumns}
        checkboxSelection
        keepNonExistentRowsSelected
        // The header checkbox selects the page's rows; "Select all N matching" is ours.
        disableRowSelectionExcludeModel
        rowSelectionModel={selectionModel}
        onRowSelectionModelChange={(model) => setSelectedIds(model.type === 'include' ? [...model.ids].map(String) : [])}
        disableRowSelectionOnClick
        showToolbar
        // Our own "Search" box drives the list; export comes with bulk operations.
        slotProps={TOOLBAR_PROPS}
        localeText={{ noRowsLabel: 'No influencers', noResultsOverlayLabel: 'No influencers match this search' }}
        sx={INFLUENCER_GRID_STYLES}
      />
      </SearchHighlightContext>
    </Box>
  );
}
