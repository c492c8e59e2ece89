import { create } from 'zustand';
import type { BulkChange } from '../commands/bulkChangeInfluencers';
import type { BulkCounts, BulkOperationRef, BulkProgress } from '../commands/runBulkWrites';

/** A large operation waiting for the user to confirm its preview. */
export interface PendingBulkOperation {
  ids: readonly string[];
  change: BulkChange;
  counts: BulkCounts;
}

/** What the snackbar says after an operation; `undo` is set while it can be taken back. */
export interface BulkOutcome {
  message: string;
  severity: 'success' | 'warning' | 'error';
  undo: (BulkOperationRef & { actorId: string }) | null;
}

/** The bulk operation in progress, waiting for confirmation, or last done. UI state only, no I/O. */
interface BulkOperationState {
  /** Set while an operation is being checked or written; `label` says which. */
  progress: (BulkProgress & { label: string }) | null;
  pending: PendingBulkOperation | null;
  outcome: BulkOutcome | null;
  setProgress(progress: (BulkProgress & { label: string }) | null): void;
  setPending(pending: PendingBulkOperation | null): void;
  setOutcome(outcome: BulkOutcome | null): void;
}

const OUTCOME_KEY = 'crm.lastBulkOperation';

function isOutcome(value: unknown): value is BulkOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<BulkOutcome>;
  return typeof v.message === 'string' && (v.severity === 'success' || v.severity === 'warning' || v.severity === 'error') && typeof v.undo === 'object';
}

function readOutcome(): BulkOutcome | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(OUTCOME_KEY) ?? 'null');
    return isOutcome(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export const useBulkOperationStore = create<BulkOperationState>()((set) => ({
  progress: null,
  pending: null,
  outcome: readOutcome(),
  setProgress: (progress) => set({ progress }),
  setPending: (pending) => set({ pending }),
  setOutcome: (outcome) => set({ outcome }),
}));

// The last operation's snackbar (and its "Undo") survives a reload of the window: "Undo"
// reads the operation back from the activity log, so only its reference is kept here.
useBulkOperationStore.subscribe((state, previous) => {
  if (state.outcome === previous.outcome) return;
  if (state.outcome === null) sessionStorage.removeItem(OUTCOME_KEY);
  else sessionStorage.setItem(OUTCOME_KEY, JSON.stringify(state.outcome));
});
