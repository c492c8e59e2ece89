import { useEffect, useRef } from 'react';
import { influencerHref, navigate } from '../../../app/navigation';
import type { ListRow } from '../projection/listRow';
import { useQuickActionStore } from '../quickActions/quickActionStore';
import { useListStore } from '../stores/listStore';
import { inOverlay, keyPlaceOf, rowIdOf, SEARCH_INPUT_ID } from './keyPlace';
import { listGridApiRef } from './listGridApi';
import { listShortcutFor, type KeyPlace, type ListShortcut } from './listShortcuts';
import { setShortcutHelpOpen } from './shortcutHelpStore';

/** Escape: the selection first, then the search (in the search box: the search first). */
function clear(place: KeyPlace): boolean {
  const list = useListStore.getState();
  const clearSearch = () => list.search !== '' && (list.setSearch(''), true);
  const clearSelection = () => list.selectedIds.length > 0 && (list.setSelectedIds([]), true);
  return place === 'search' ? clearSearch() || clearSelection() : clearSelection() || clearSearch();
}

/** From outside the grid, the arrow keys go to its first row. */
function enterGrid(): boolean {
  const api = listGridApiRef.current;
  const firstId = api?.getSortedRowIds()[0];
  const field = api?.getVisibleColumns().find((c) => !c.field.startsWith('__'))?.field;
  if (api == null || firstId === undefined || field === undefined) return false;
  api.scrollToIndexes({ rowIndex: 0 });
  api.setCellFocus(firstId, field);
  return true;
}

function perform(action: ListShortcut, event: KeyboardEvent, place: KeyPlace, matching: readonly ListRow[]): boolean {
  const list = useListStore.getState();
  const rowId = rowIdOf(event.target);
  switch (action) {
    case 'focusSearch': {
      const search = document.getElementById(SEARCH_INPUT_ID);
      if (!(search instanceof HTMLInputElement)) return false; // the browser's own find, then
      search.focus();
      search.select();
      return true;
    }
    case 'selectAllMatching':
      list.setSelectedIds(matching.map((row) => row.id));
      return true;
    case 'clear':
      return clear(place);
    case 'help':
      setShortcutHelpOpen(true);
      return true;
    case 'enterGrid':
      return enterGrid();
    case 'openDetails':
      if (rowId === null) return false;
      navigate(influencerHref(rowId));
      return true;
    case 'toggleSelection':
      if (rowId === null) return false;
      list.setSelectedIds(list.selectedIds.includes(rowId) ? list.selectedIds.filter((id) => id !== rowId) : [...list.selectedIds, rowId]);
      return true;
    case 'quickActions':
      if (rowId === null || !(event.target instanceof HTMLElement)) return false;
      useQuickActionStore.getState().openMenu({ rowId, anchor: { element: event.target }, page: 'actions' });
      return true;
  }
}

/**
 * The list page's keyboard (shortcuts in listShortcuts.ts, shown by the help dialog). Listens
 * on the window in the capture phase, so Enter, Space and Ctrl/Cmd+A in a row are ours before
 * the grid's own handling (its Ctrl+A would select the loaded page only). Keys in dialogs and
 * menus, and typing in text fields, are left alone.
 */
export function useListKeyboard(matching: readonly ListRow[]): void {
  const matchingRef = useRef(matching);
  useEffect(() => {
    matchingRef.current = matching;
  }, [matching]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || inOverlay(event.target)) return;
      const place = keyPlaceOf(event.target);
      const action = listShortcutFor(event, place);
      if (action === null || !perform(action, event, place, matchingRef.current)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
