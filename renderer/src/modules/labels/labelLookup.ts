import { DEMO_LABELS } from '../../../../shared/demo/demoLabels';
import { useLabelStore } from './labelStore';

export interface LabelInfo {
  id: string;
  name: string;
  color: string;
  /** Deleted or merged: shown greyed, never offered. */
  isDeleted: boolean;
}

const UNKNOWN_COLOR = '#9e9e9e';
// Demo data written before labels were team data carries these ids without label documents.
const demoLabels = new Map(DEMO_LABELS.map((l) => [l.id, l]));

/**
 * A label's name and color for display, from the team's replicated labels. An id with no
 * label (one a teammate created that has not arrived yet) still renders, grey; a deleted
 * label keeps its name, marked as deleted.
 */
export function labelInfo(id: string): LabelInfo {
  const label = useLabelStore.getState().byId.get(id);
  if (label !== undefined) {
    return label.isDeleted ? { id, name: `${label.name} (deleted)`, color: UNKNOWN_COLOR, isDeleted: true } : { id, name: label.name, color: label.color, isDeleted: false };
  }
  const demo = demoLabels.get(id);
  if (demo !== undefined) return { id, name: demo.name, color: demo.color, isDeleted: false };
  return { id, name: 'Unknown label', color: UNKNOWN_COLOR, isDeleted: false };
}

/** labelInfo that re-renders the component when the label changes (renamed, recolored, deleted). */
export function useLabelInfo(id: string): LabelInfo {
  useLabelStore((s) => s.byId.get(id));
  return labelInfo(id);
}

/** A label's own name, "(deleted)" left off: what a merge or delete message names. */
export function labelName(id: string): string {
  return useLabelStore.getState().byId.get(id)?.name ?? labelInfo(id).name;
}
