import type { GridApi } from '@mui/x-data-grid';
import type { RefObject } from 'react';

/**
 * The list's one DataGrid, for the page's keyboard shortcuts and export (which read the
 * visible columns as the grid shows them). Set by the grid through its `apiRef` prop.
 */
export const listGridApiRef: RefObject<GridApi | null> = { current: null };
