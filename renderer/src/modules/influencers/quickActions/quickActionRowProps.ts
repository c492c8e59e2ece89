import type { FocusEvent, MouseEvent } from 'react';
import { useQuickActionStore } from './quickActionStore';

const store = () => useQuickActionStore.getState();
const idOf = (row: HTMLElement): string | null => row.dataset.id ?? null;

/**
 * Props for every grid row (DataGrid slotProps.row), a module constant so the grid keeps its
 * rows memoised: which row shows its quick-action buttons, and the right-click menu.
 */
export const QUICK_ACTION_ROW_PROPS = {
  onMouseEnter: (event: MouseEvent<HTMLElement>) => store().setHoveredRowId(idOf(event.currentTarget)),
  onMouseLeave: (event: MouseEvent<HTMLElement>) => {
    if (store().hoveredRowId === idOf(event.currentTarget)) store().setHoveredRowId(null);
  },
  onFocus: (event: FocusEvent<HTMLElement>) => {
    const id = idOf(event.currentTarget);
    if (store().focusedRowId !== id) store().setFocusedRowId(id);
  },
  onBlur: (event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    if (store().focusedRowId === idOf(event.currentTarget)) store().setFocusedRowId(null);
  },
  onContextMenu: (event: MouseEvent<HTMLElement>) => {
    const rowId = idOf(event.currentTarget);
    if (rowId === null) return;
    event.preventDefault();
    // From the keyboard (no pointer position), the menu opens at the focused cell.
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    const target = event.target instanceof HTMLElement ? event.target : event.currentTarget;
    store().openMenu({
      rowId,
      anchor: fromKeyboard ? { element: target } : { top: event.clientY, left: event.clientX },
      page: 'actions',
    });
  },
};
