import { MAX_ID_LENGTH } from '../schemas/limits';
import { predefinedStatus } from './predefinedStatuses';
import { MAX_CUSTOM_STATUSES_PER_GROUP, type StatusCatalog, type StatusEntry } from './statusCatalog';
import { STATUS_GROUP_LABELS, type StatusGroup } from './statusGroups';
import { labelProblem, normaliseColor, sameGroupLabel } from './validateStatusCatalog';

/** The changed catalog, or why the change is refused, in words for the administrator. */
export type CatalogEdit = { ok: true; catalog: StatusCatalog } | { ok: false; reason: string };

const ID = /^[A-Za-z0-9_-]+$/;

/**
 * Administrators' changes to the team's status catalog. Each returns a new catalog (the input
 * is never modified) or a refusal; who may call them is the permission rules' business.
 * Predefined statuses can be recolored and reordered but not renamed or retired.
 */

/** Adds a custom status at the end of its group. `id` is fresh (a UUID): ids are stored on records forever. */
export function addStatus(catalog: StatusCatalog, input: { id: string; group: StatusGroup; label: string; color: string }): CatalogEdit {
  const label = tidyLabel(input.label);
  const problem = labelProblem(label);
  if (problem !== null) return refuse(problem);
  if (!ID.test(input.id) || input.id.length > MAX_ID_LENGTH) return refuse(`A status id has 1 to ${MAX_ID_LENGTH} letters, digits, - or _.`);
  if (predefinedStatus(input.id) !== undefined || catalog.statuses.some((s) => s.id === input.id)) return refuse(`The id "${input.id}" is already taken.`);
  const color = normaliseColor(input.color);
  if (color === null) return refuse('Choose a color like #1e88e5.');
  const clash = sameGroupLabel(catalog, input.group, label, null);
  if (clash !== undefined) return refuse(clashReason(clash));
  const custom = catalog.statuses.filter((s) => s.group === input.group && !s.predefined).length;
  if (custom >= MAX_CUSTOM_STATUSES_PER_GROUP) {
    return refuse(`The ${STATUS_GROUP_LABELS[input.group]} group already has ${MAX_CUSTOM_STATUSES_PER_GROUP} custom statuses, the most it can have.`);
  }
  const entry: StatusEntry = { id: input.id, group: input.group, label, color, predefined: false, retired: false };
  const statuses = [...catalog.statuses];
  statuses.splice(lastIndexOfGroup(statuses, input.group) + 1, 0, entry);
  return ok(catalog, statuses);
}

export function renameStatus(catalog: StatusCatalog, id: string, newLabel: string): CatalogEdit {
  const found = find(catalog, id);
  if (!found.ok) return found;
  const status = found.status;
  if (status.predefined) return refuse(`"${status.label}" is a predefined status and keeps its name. Add a custom status instead.`);
  const label = tidyLabel(newLabel);
  const problem = labelProblem(label);
  if (problem !== null) return refuse(problem);
  const clash = sameGroupLabel(catalog, status.group, label, id);
  if (clash !== undefined) return refuse(clashReason(clash));
  return replace(catalog, { ...status, label });
}

export function recolorStatus(catalog: StatusCatalog, id: string, color: string): CatalogEdit {
  const found = find(catalog, id);
  if (!found.ok) return found;
  const normalised = normaliseColor(color);
  if (normalised === null) return refuse('Choose a color like #1e88e5.');
  return replace(catalog, { ...found.status, color: normalised });
}

/**
 * Puts a group's active statuses in the given order (a drag and drop gives the whole list).
 * Retired statuses keep their order after the active ones: they are not shown to reorder.
 */
export function reorderStatuses(catalog: StatusCatalog, group: StatusGroup, orderedIds: readonly string[]): CatalogEdit {
  const inGroup = catalog.statuses.filter((s) => s.group === group);
  const active = inGroup.filter((s) => !s.retired);
  const byId = new Map(active.map((s) => [s.id, s]));
  const seen = new Set(orderedIds);
  if (seen.size !== orderedIds.length || orderedIds.length !== active.length || orderedIds.some((id) => !byId.has(id))) {
    return refuse(`The statuses changed meanwhile; the new order must list each active ${STATUS_GROUP_LABELS[group]} status once. Reload and try again.`);
  }
  const ordered = [...orderedIds.map((id) => byId.get(id) as StatusEntry), ...inGroup.filter((s) => s.retired)];
  // The group keeps its place among the other groups' entries.
  const statuses: StatusEntry[] = [];
  let placed = false;
  for (const status of catalog.statuses) {
    if (status.group !== group) statuses.push(status);
    else if (!placed) {
      statuses.push(...ordered);
      placed = true;
    }
  }
  return ok(catalog, statuses);
}

/** Stops offering a custom status; records that have it still show it. */
export function retireStatus(catalog: StatusCatalog, id: string): CatalogEdit {
  const found = find(catalog, id);
  if (!found.ok) return found;
  const status = found.status;
  if (status.predefined) return refuse(`"${status.label}" is a predefined status and cannot be retired.`);
  if (status.retired) return refuse(`"${status.label}" is already retired.`);
  if (catalog.initialStatusId === id) return refuse(`"${status.label}" is where new influencers start. Choose another initial status first.`);
  return replace(catalog, { ...status, retired: true });
}

/** Offers a retired status again, where it was in its group. */
export function restoreStatus(catalog: StatusCatalog, id: string): CatalogEdit {
  const found = find(catalog, id);
  if (!found.ok) return found;
  if (!found.status.retired) return refuse(`"${found.status.label}" is not retired.`);
  return replace(catalog, { ...found.status, retired: false });
}

/** The status new influencers start at: an active Influencer-group status. */
export function setInitialStatus(catalog: StatusCatalog, id: string): CatalogEdit {
  const found = find(catalog, id);
  if (!found.ok) return found;
  if (found.status.group !== 'influencer') return refuse(`New influencers start at an Influencer status; "${found.status.label}" is a ${STATUS_GROUP_LABELS[found.status.group]} status.`);
  if (found.status.retired) return refuse(`"${found.status.label}" is retired. Restore it first.`);
  return { ok: true, catalog: { ...catalog, initialStatusId: id } };
}

function tidyLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}

function find(catalog: StatusCatalog, id: string): { ok: true; status: StatusEntry } | { ok: false; reason: string } {
  const status = catalog.statuses.find((s) => s.id === id);
  return status === undefined ? refuse('This status no longer exists. Reload the statuses and try again.') : { ok: true, status };
}

function replace(catalog: StatusCatalog, changed: StatusEntry): CatalogEdit {
  return ok(catalog, catalog.statuses.map((s) => (s.id === changed.id ? changed : s)));
}

function clashReason(clash: StatusEntry): string {
  const where = STATUS_GROUP_LABELS[clash.group];
  return clash.retired
    ? `A retired ${where} status is already called "${clash.label}". Restore it instead.`
    : `The ${where} group already has a status called "${clash.label}".`;
}

function lastIndexOfGroup(statuses: readonly StatusEntry[], group: StatusGroup): number {
  for (let i = statuses.length - 1; i >= 0; i--) if (statuses[i]?.group === group) return i;
  return statuses.length - 1;
}

function ok(catalog: StatusCatalog, statuses: StatusEntry[]): CatalogEdit {
  return { ok: true, catalog: { ...catalog, statuses } };
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
