import type { ExportColumnRef } from '../../../../../shared/csv/influencerExportColumns';

/**
 * What "Export" writes: the selection when there is one — in the view's order, then any
 * selected influencer the current search no longer shows — else every row of the view.
 */
export function rowsToExport<R extends { id: string }>(matching: readonly R[], selectedIds: readonly string[], rowById: (id: string) => R | undefined): readonly R[] {
  if (selectedIds.length === 0) return matching;
  const selected = new Set(selectedIds);
  const rows = matching.filter((row) => selected.has(row.id));
  if (rows.length < selected.size) {
    const shown = new Set(rows.map((row) => row.id));
    for (const id of selectedIds) {
      const row = shown.has(id) ? undefined : rowById(id);
      if (row !== undefined) rows.push(row);
    }
  }
  return rows;
}

/** A grid column as export reads it. */
export interface GridColumnLike {
  field: string;
  headerName?: string;
  disableExport?: boolean;
}

/**
 * The columns the list shows, in its order: not the selection checkboxes, not the quick
 * actions (disableExport), nor a column the user hid.
 */
export function exportColumnsOf(columns: readonly GridColumnLike[], hidden: Readonly<Record<string, boolean>> = {}): ExportColumnRef[] {
  return columns
    .filter((c) => c.disableExport !== true && !c.field.startsWith('__') && hidden[c.field] !== false)
    .map((c) => ({ field: c.field, header: c.headerName ?? c.field }));
}
