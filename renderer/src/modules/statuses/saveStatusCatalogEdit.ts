import type { CatalogEdit } from '../../../../shared/statuses/editStatusCatalog';
import { editStoredStatusCatalog } from '../../../../shared/statuses/editStoredStatusCatalog';
import { STATUS_CATALOG_SETTING_KEY, type StatusCatalog } from '../../../../shared/statuses/statusCatalog';
import type { CrmDatabase } from '../../db/database';

export type StatusCatalogSave = { status: 'saved'; catalog: StatusCatalog } | { status: 'unchanged' } | { status: 'refused'; reason: string };

/**
 * Applies an Administrator's change (an operation of shared/statuses/editStatusCatalog.ts) to
 * the team's stored catalog and writes the settings document, stamped with who and when, as
 * the data-management settings are. The edit runs on the document as it is at write time
 * (incrementalModify), so two quick changes in a row both land. A local write: it works
 * offline and syncs; the server accepts it from Administrators only.
 */
export async function saveStatusCatalogEdit(
  db: Pick<CrmDatabase, 'settings'>,
  actorId: string,
  edit: (catalog: StatusCatalog) => CatalogEdit,
  now: () => number = Date.now,
): Promise<StatusCatalogSave> {
  const existing = await db.settings.findOne(STATUS_CATALOG_SETTING_KEY).exec();
  if (existing === null) {
    const result = editStoredStatusCatalog(null, edit);
    if (!result.ok) return { status: 'refused', reason: result.reason };
    if (result.unchanged === true) return { status: 'unchanged' };
    try {
      await db.settings.insert({ id: STATUS_CATALOG_SETTING_KEY, value: { ...result.catalog }, updatedAt: now(), updatedBy: actorId });
      return { status: 'saved', catalog: result.catalog };
    } catch (error) {
      // Written meanwhile (a pull or another window): apply the edit to that one instead.
      if ((await db.settings.findOne(STATUS_CATALOG_SETTING_KEY).exec()) === null) throw error;
      return saveStatusCatalogEdit(db, actorId, edit, now);
    }
  }
  let outcome: StatusCatalogSave = { status: 'unchanged' };
  await existing.incrementalModify((doc) => {
    const result = editStoredStatusCatalog(doc.value, edit);
    if (!result.ok) outcome = { status: 'refused', reason: result.reason };
    else if (result.unchanged === true) outcome = { status: 'unchanged' };
    else {
      outcome = { status: 'saved', catalog: result.catalog };
      return { ...doc, value: { ...result.catalog }, updatedAt: now(), updatedBy: actorId };
    }
    return doc;
  });
  return outcome;
}
