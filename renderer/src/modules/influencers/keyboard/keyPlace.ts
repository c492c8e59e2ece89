import type { KeyPlace } from './listShortcuts';

/** The "Search" box's input id (InfluencerSearchBox). */
export const SEARCH_INPUT_ID = 'influencer-search';

const TEXT_ENTRY = 'input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable=""], [contenteditable=true], [role=combobox]';
const CONTROL = 'button, a[href], input, [role=button], [role=checkbox], [role=tab], [role=menuitem]';

/** Where a key press happened, for listShortcutFor. */
export function keyPlaceOf(target: EventTarget | null): KeyPlace {
  if (!(target instanceof Element)) return 'page';
  if (target.id === SEARCH_INPUT_ID) return 'search';
  if (target.closest(TEXT_ENTRY) !== null) return 'text';
  if (target.closest(CONTROL) !== null) return 'control';
  if (target.closest('[role=row][data-id]') !== null) return 'row';
  return 'page';
}

/** The influencer id of the row a key press happened in, if any. */
export function rowIdOf(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest('[role=row][data-id]')?.getAttribute('data-id') ?? null) : null;
}

/** Keys in a dialog, menu or popover belong to it (their own Escape, arrows, Enter). */
export function inOverlay(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.MuiModal-root, .MuiPopover-root, .MuiPopper-root, [role=dialog], [role=menu], [role=listbox]') !== null;
}
