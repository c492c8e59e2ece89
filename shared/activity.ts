/** One immutable entry of the activity log (../shared/design/sync-api.md, "The activity document"). */

export type ActivityKind =
  | 'created'
  | 'field_changed'
  | 'archived'
  | 'restored'
  | 'labels_changed'
  | 'imported'
  | 'change_rejected'
  /**
   * A push overwrote a concurrent change to the same field (the later push wins): `from` is
   * the overwritten server value, `to` the value that replaced it. Written by the app that
   * resolved the conflict, with an id derived from the conflict so it is logged once.
   */
  | 'conflict_overwritten'
  /**
   * An Overview record (shared/records/crmRecord.ts) was added or changed: `field` is the
   * record's type, `from`/`to` its changed fields before and after, JSON-encoded with the
   * record's `id` (long notes shortened, so one entry stays small).
   */
  | 'record_added'
  | 'record_changed'
  /**
   * Merging duplicates (shared/influencers/planMerge.ts): on the survivor, `merged` with `to` =
   * the merged ids (JSON array); on each merged influencer, `merged_into` with `to` = the
   * survivor's id; `record_moved` on the survivor per record moved over, `field` = its type,
   * `from`/`to` = {id, influencerId} before and after. `merge_undone`: the merge taken back,
   * on the survivor (`from` = the merged ids) and on each restored influencer.
   */
  | 'merged'
  | 'merged_into'
  | 'record_moved'
  | 'merge_undone'
  /**
   * Label management (shared/labels/): `influencerId` is the label's id. Created: `to` is the
   * label's name and color as JSON. Changed: `field` is name, color or isDeleted (a merge also
   * logs `mergedInto`), `from`/`to` its values; a delete or merge carries the batchId of the
   * bulk operation that took the label off the influencers.
   */
  | 'label_created'
  | 'label_changed';

export interface Activity {
  id: string;
  influencerId: string;
  actorId: string;
  at: number;
  kind: ActivityKind;
  /** The changed field, for field-level entries; null otherwise. */
  field: string | null;
  /** Previous and new value, JSON-encoded so any field type fits one schema; null when absent. */
  from: string | null;
  to: string | null;
  /**
   * One id per bulk operation; null for single edits. Every entry of one operation has the
   * same `at` (when it started), so its entries are found by `at` + batchId on the `at` index
   * (see renderer/src/modules/activity/readBatch.ts) without scanning the log.
   */
  batchId: string | null;
}
