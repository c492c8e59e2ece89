import { create } from 'zustand';
import type { Label } from '../../../../shared/labels/label';

/**
 * The team's labels as this app last read them from the local database (replicated, so they
 * work offline). Fed by watchLabels; no I/O here.
 */
interface LabelState {
  /** Every label, deleted ones included (an influencer may still carry one), sorted by name. */
  labels: readonly Label[];
  /** The labels people can apply, search and manage, sorted by name. */
  live: readonly Label[];
  byId: ReadonlyMap<string, Label>;
  setLabels(labels: readonly Label[]): void;
  reset(): void;
}

const byName = (a: Label, b: Label) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

export const useLabelStore = create<LabelState>()((set) => ({
  labels: [],
  live: [],
  byId: new Map(),
  setLabels: (labels) => {
    const sorted = [...labels].sort(byName);
    set({ labels: sorted, live: sorted.filter((l) => !l.isDeleted), byId: new Map(sorted.map((l) => [l.id, l])) });
  },
  reset: () => set({ labels: [], live: [], byId: new Map() }),
}));
