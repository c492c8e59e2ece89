import { reorderStatuses, type CatalogEdit } from './editStatusCatalog';
import type { StatusCatalog } from './statusCatalog';
import { statusesForGroup } from './statusLookup';

/**
 * Moves an active status one place up (-1) or down (+1) within its group: the keyboard
 * alternative to dragging, expressed as the whole new order so it goes through the same
 * reorderStatuses rules. Moving past either end is refused, not ignored, so a button that
 * should have been disabled says why.
 */
export function moveStatus(catalog: StatusCatalog, id: string, direction: -1 | 1): CatalogEdit {
  const status = catalog.statuses.find((s) => s.id === id);
  if (status === undefined) return { ok: false, reason: 'This status no longer exists. Reload the statuses and try again.' };
  if (status.retired) return { ok: false, reason: `"${status.label}" is retired; restore it to change its place.` };
  const ids = statusesForGroup(catalog, status.group).map((s) => s.id);
  const from = ids.indexOf(id);
  const to = from + direction;
  if (to < 0) return { ok: false, reason: `"${status.label}" is already first.` };
  if (to >= ids.length) return { ok: false, reason: `"${status.label}" is already last.` };
  [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
  return reorderStatuses(catalog, status.group, ids);
}
