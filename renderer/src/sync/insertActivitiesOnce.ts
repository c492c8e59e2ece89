import type { RxCollection } from 'rxdb';
import type { Activity } from '../../../shared/activity';

/**
 * Inserts activity entries whose ids are derived from what they record: an entry already
 * stored (the same event recorded before, e.g. a conflict resolved twice) is skipped.
 */
export async function insertActivitiesOnce(activities: RxCollection<Activity>, entries: Activity[]): Promise<void> {
  if (entries.length === 0) return;
  const result = await activities.bulkInsert(entries);
  const failed = result.error.filter((error) => error.status !== 409);
  if (failed.length > 0) throw new Error(`Could not record ${failed.length} activity entr${failed.length === 1 ? 'y' : 'ies'}.`);
}
