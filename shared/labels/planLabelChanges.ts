import type { Label } from './label';

/** The label ids with `id` added; null when it is already there. */
export function withLabel(labelIds: readonly string[], id: string): string[] | null {
  return labelIds.includes(id) ? null : [...labelIds, id];
}

/** The label ids without `id`; null when it is not there. */
export function withoutLabel(labelIds: readonly string[], id: string): string[] | null {
  return labelIds.includes(id) ? labelIds.filter((l) => l !== id) : null;
}

/**
 * An influencer's label ids after merging `fromId` into `intoId`: the merged label gives way
 * to the surviving one, which keeps its place if already there (never twice). null: the
 * influencer does not carry the merged label.
 */
export function mergedLabelIds(labelIds: readonly string[], fromId: string, intoId: string): string[] | null {
  if (!labelIds.includes(fromId)) return null;
  const next: string[] = [];
  for (const id of labelIds) {
    const kept = id === fromId ? intoId : id;
    if (!next.includes(kept)) next.push(kept);
  }
  return next;
}

export type LabelPlan<T> = ({ ok: true } & T) | { ok: false; reason: string };

function live(labels: readonly Label[], id: string): Label | undefined {
  return labels.find((l) => l.id === id && !l.isDeleted);
}

/** Merging `fromId` into `intoId`: both must be live, different labels. */
export function planLabelMerge(labels: readonly Label[], fromId: string, intoId: string): LabelPlan<{ from: Label; into: Label }> {
  const from = live(labels, fromId);
  const into = live(labels, intoId);
  if (from === undefined || into === undefined) return { ok: false, reason: 'Both labels must exist: one of them was deleted or merged meanwhile.' };
  if (from.id === into.id) return { ok: false, reason: 'Choose two different labels to merge.' };
  return { ok: true, from, into };
}

/** Deleting `id`: it must be a live label. */
export function planLabelDelete(labels: readonly Label[], id: string): LabelPlan<{ label: Label }> {
  const label = live(labels, id);
  if (label === undefined) return { ok: false, reason: 'This label no longer exists.' };
  return { ok: true, label };
}

/** How many influencers carry a label (the delete confirmation says it). */
export function countCarrying(influencers: Iterable<{ labelIds: readonly string[] }>, id: string): number {
  let count = 0;
  for (const influencer of influencers) if (influencer.labelIds.includes(id)) count++;
  return count;
}

/** "1 influencer carries" / "2,345 influencers carry" — the confirmation's words. */
export function describeCarrying(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'influencer carries' : 'influencers carry'}`;
}
