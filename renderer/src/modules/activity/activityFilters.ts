import type { Activity, ActivityKind } from '../../../../shared/activity';

/** The kinds of entry a person filters the log by (several entry kinds read as one). */
export const ACTIVITY_FILTERS = [
  { value: 'changes', label: 'Field changes', kinds: ['field_changed', 'labels_changed'] },
  { value: 'records', label: 'Overview records', kinds: ['record_added', 'record_changed'] },
  { value: 'added', label: 'Added or imported', kinds: ['created', 'imported'] },
  { value: 'archive', label: 'Archived or restored', kinds: ['archived', 'restored'] },
  { value: 'rejected', label: 'Rejected changes', kinds: ['change_rejected'] },
  { value: 'conflicts', label: 'Conflicting changes', kinds: ['conflict_overwritten'] },
  { value: 'merges', label: 'Merges', kinds: ['merged', 'merged_into', 'record_moved', 'merge_undone'] },
  { value: 'labels', label: 'Label management', kinds: ['label_created', 'label_changed'] },
] as const satisfies readonly { value: string; label: string; kinds: readonly ActivityKind[] }[];

export type ActivityFilterValue = (typeof ACTIVITY_FILTERS)[number]['value'];

export interface ActivityFilter {
  /** null: every kind. */
  kind: ActivityFilterValue | null;
  /** null: everyone. */
  actorId: string | null;
}

/** The entries matching the filter, in their order. */
export function filterActivities(entries: readonly Activity[], filter: ActivityFilter): Activity[] {
  const kinds: readonly ActivityKind[] | null = filter.kind === null ? null : (ACTIVITY_FILTERS.find((f) => f.value === filter.kind)?.kinds ?? []);
  return entries.filter((e) => (kinds === null || kinds.includes(e.kind)) && (filter.actorId === null || e.actorId === filter.actorId));
}

export function isActivityFilterValue(value: string): value is ActivityFilterValue {
  return ACTIVITY_FILTERS.some((f) => f.value === value);
}
