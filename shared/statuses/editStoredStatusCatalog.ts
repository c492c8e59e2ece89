import type { CatalogEdit } from './editStatusCatalog';
import { readStatusCatalog } from './readStatusCatalog';
import type { StatusCatalog } from './statusCatalog';
import { validateStatusCatalog } from './validateStatusCatalog';

/**
 * One administrator's change applied to the catalog as stored (the settings document's value,
 * or nothing when the team never changed its statuses). Refused when a newer app wrote the
 * catalog (saving would drop what this version does not know) and when the result would not
 * pass the server's own check, so a refusal comes back in words instead of a 400 on push.
 * `unchanged` lets the caller skip a write that changes nothing.
 */
export function editStoredStatusCatalog(storedValue: unknown, edit: (catalog: StatusCatalog) => CatalogEdit): CatalogEdit & { unchanged?: boolean } {
  const read = readStatusCatalog(storedValue);
  if (!read.editable) return { ok: false, reason: read.problems[0] ?? 'The stored statuses cannot be changed by this version of the app.' };
  const edited = edit(read.catalog);
  if (!edited.ok) return edited;
  const checked = validateStatusCatalog(edited.catalog);
  if (!checked.ok) return { ok: false, reason: `The statuses would not be valid: ${checked.errors.join('; ')}` };
  return { ok: true, catalog: checked.catalog, unchanged: JSON.stringify(checked.catalog) === JSON.stringify(read.catalog) && read.problems.length === 0 };
}
