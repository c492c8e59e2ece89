/** What a key press on the list page does (see LIST_SHORTCUTS for the words people read). */
export type ListShortcut =
  | 'focusSearch'
  | 'selectAllMatching'
  | 'clear'
  | 'openDetails'
  | 'toggleSelection'
  | 'quickActions'
  | 'help'
  | 'enterGrid';

/** Where the key was pressed. */
export type KeyPlace =
  /** The "Search" box. */
  | 'search'
  /** Another text field, select or editable element: typing there keeps its own keys. */
  | 'text'
  /** A row of the list (a cell, not a button or link in it). */
  | 'row'
  /** A button, link or checkbox (in a row or elsewhere): it keeps Enter and Space. */
  | 'control'
  /** Anywhere else on the page. */
  | 'page';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The list's shortcut for a key press, or null when the key should do what it normally does.
 * Typing in a text field is never taken over, except Ctrl/Cmd+F (focus "Search") and Escape
 * in the search box (clears it). Arrow keys inside the grid are the grid's own navigation;
 * from elsewhere on the page they move into the grid.
 */
export function listShortcutFor(event: KeyLike, place: KeyPlace): ListShortcut | null {
  const mod = event.ctrlKey || event.metaKey;
  const typing = place === 'search' || place === 'text';
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') return 'focusSearch';
  if (event.key === 'Escape' && !mod && !event.altKey) return place === 'text' ? null : 'clear';
  if (typing) return null;
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a') return 'selectAllMatching';
  if (mod || event.altKey) return null;
  if (event.key === '?') return 'help';
  if (place === 'row') {
    if (event.key === 'Enter' && !event.shiftKey) return 'openDetails';
    if (event.key === ' ' && !event.shiftKey) return 'toggleSelection';
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) return 'quickActions';
  }
  if (place === 'page' && !event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) return 'enterGrid';
  return null;
}

/** The keys as the help dialog shows them; "Mod" reads Ctrl, or ⌘ on a Mac. */
export interface ShortcutHelp {
  keys: readonly string[][];
  description: string;
}

export const LIST_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: [['↑'], ['↓']], description: 'Move to the previous or next row' },
  { keys: [['Enter']], description: 'Open the focused influencer’s details' },
  { keys: [['Space']], description: 'Select or unselect the focused row' },
  { keys: [['Shift', 'F10'], ['Menu']], description: 'Quick actions for the focused row' },
  { keys: [['Mod', 'F']], description: 'Focus the search box' },
  { keys: [['Mod', 'A']], description: 'Select all influencers matching the view and search' },
  { keys: [['Esc']], description: 'Clear the selection, then the search' },
  { keys: [['Alt', '←'], ['Alt', '→']], description: 'Previous or next page' },
  { keys: [['?']], description: 'Show these keyboard shortcuts' },
];

/** "Mod" as this computer's keyboard says it. */
export function modifierName(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
