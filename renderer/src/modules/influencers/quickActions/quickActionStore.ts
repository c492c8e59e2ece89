import { create } from 'zustand';

/** Where the quick-action menu opens: at a control or cell, or where the mouse was right-clicked. */
export type QuickMenuAnchor = { element: HTMLElement } | { top: number; left: number };

/** The menu's page: all actions, or the choices of "Change status" / "Add label". */
export type QuickMenuPage = 'actions' | 'status' | 'label';

export interface QuickMenu {
  rowId: string;
  anchor: QuickMenuAnchor;
  page: QuickMenuPage;
}

/** What the last quick action did, with an "Undo" when it can be taken back here. */
export interface QuickOutcome {
  message: string;
  severity: 'success' | 'error' | 'info';
  undo: (() => Promise<void>) | null;
}

/** The list's quick actions: which row shows its buttons, the open menu, the last result. UI state only. */
interface QuickActionState {
  hoveredRowId: string | null;
  focusedRowId: string | null;
  menu: QuickMenu | null;
  outcome: QuickOutcome | null;
  setHoveredRowId(id: string | null): void;
  setFocusedRowId(id: string | null): void;
  openMenu(menu: QuickMenu): void;
  closeMenu(): void;
  setOutcome(outcome: QuickOutcome | null): void;
}

export const useQuickActionStore = create<QuickActionState>()((set) => ({
  hoveredRowId: null,
  focusedRowId: null,
  menu: null,
  outcome: null,
  setHoveredRowId: (hoveredRowId) => set({ hoveredRowId }),
  setFocusedRowId: (focusedRowId) => set({ focusedRowId }),
  openMenu: (menu) => set({ menu }),
  closeMenu: () => set({ menu: null }),
  setOutcome: (outcome) => set({ outcome }),
}));
