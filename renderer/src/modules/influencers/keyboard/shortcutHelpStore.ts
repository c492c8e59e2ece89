import { create } from 'zustand';

/** Whether the "Keyboard shortcuts" dialog is open. */
export const useShortcutHelpStore = create<{ open: boolean }>()(() => ({ open: false }));

export function setShortcutHelpOpen(open: boolean): void {
  useShortcutHelpStore.setState({ open });
}
