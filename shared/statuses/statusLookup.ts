import type { StatusCatalog, StatusEntry } from './statusCatalog';
import type { StatusGroup } from './statusGroups';

/** A group's statuses in display order; retired ones only when asked (e.g. for filters over old records). */
export function statusesForGroup(catalog: StatusCatalog, group: StatusGroup, options: { includeRetired?: boolean } = {}): StatusEntry[] {
  const includeRetired = options.includeRetired ?? false;
  return catalog.statuses.filter((s) => s.group === group && (includeRetired || !s.retired));
}

export function findStatus(catalog: StatusCatalog, id: string): StatusEntry | undefined {
  return catalog.statuses.find((s) => s.id === id);
}

/** What to show for a stored status id. */
export interface StatusView {
  id: string;
  label: string;
  color: string;
  retired: boolean;
  /** false: the id is in no catalog this app knows (e.g. a status from another team's import). */
  known: boolean;
}

const UNKNOWN_COLOR = '#9e9e9e';

/**
 * Reads a stored status id: retired statuses keep their name and color, and an unknown id
 * reads as itself rather than disappearing, so old records always show what they hold.
 */
export function describeStatus(catalog: StatusCatalog, id: string): StatusView {
  const status = findStatus(catalog, id);
  if (status === undefined) return { id, label: id, color: UNKNOWN_COLOR, retired: false, known: false };
  return { id, label: status.label, color: status.color, retired: status.retired, known: true };
}

/**
 * The choices a status select offers for a record: the group's active statuses, plus the
 * record's current status when it is retired or unknown, so the select can show it.
 */
export function statusChoices(catalog: StatusCatalog, group: StatusGroup, currentId: string | null): StatusView[] {
  const choices = statusesForGroup(catalog, group).map((s): StatusView => ({ id: s.id, label: s.label, color: s.color, retired: false, known: true }));
  if (currentId !== null && !choices.some((c) => c.id === currentId)) choices.unshift(describeStatus(catalog, currentId));
  return choices;
}
