import { DATA_MANAGEMENT_SETTING_KEY, type DataManagementSettings } from '../../../../shared/permissions/dataManagementSettings';
import type { CrmDatabase } from '../../db/database';

/**
 * Stores the team's data-management settings (Administrators only: the server refuses anyone
 * else's push). A local write like any other, so it works offline and syncs later; every app
 * applies the new rules as soon as the document reaches it.
 */
export async function saveDataManagementSettings(db: Pick<CrmDatabase, 'settings'>, actorId: string, settings: DataManagementSettings, now = Date.now()): Promise<void> {
  await db.settings.incrementalUpsert({ id: DATA_MANAGEMENT_SETTING_KEY, value: { ...settings }, updatedAt: now, updatedBy: actorId });
}
