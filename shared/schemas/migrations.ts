/**
 * Schema migrations, one function per version step: `strategies[n]` turns a version n-1
 * document into a version n document. RxDB runs them when a collection opens with a newer
 * schema; the server runs the same functions on stored documents. Version 0 needs none.
 * Add an entry here whenever a schema's `version` is bumped (checked by migrations.test.ts).
 */
export type MigrationStrategy = (oldDoc: Record<string, unknown>) => Record<string, unknown> | null;
export type MigrationStrategies = Record<number, MigrationStrategy>;

export const influencerMigrations: MigrationStrategies = {
  /**
   * 0 → 1 added only optional fields, read through accessors with defaults, so a version 0
   * document is already a valid version 1 document and is kept exactly as it is. Filling in
   * defaults here would be worse: RxDB also migrates the replication's assumed master
   * states, the server keeps its stored copies unchanged, and every migrated document would
   * then differ from the server's and come back as a conflict on its next push.
   */
  1: (doc) => doc,
  /** 1 → 2 added the optional `mergedInto` (absent: not merged); unchanged for the same reason. */
  2: (doc) => doc,
};
export const activityMigrations: MigrationStrategies = {};
export const recordMigrations: MigrationStrategies = {};
export const emailProjectMigrations: MigrationStrategies = {};
export const memberMigrations: MigrationStrategies = {};
export const groupMigrations: MigrationStrategies = {};
export const settingMigrations: MigrationStrategies = {};
export const viewMigrations: MigrationStrategies = {};
export const labelMigrations: MigrationStrategies = {};

/** Runs every step from `fromVersion` to `toVersion` on one document (null: drop it). */
export function migrateDocument(
  doc: Record<string, unknown>,
  strategies: MigrationStrategies,
  fromVersion: number,
  toVersion: number,
): Record<string, unknown> | null {
  let current: Record<string, unknown> | null = doc;
  for (let version = fromVersion + 1; version <= toVersion && current !== null; version++) {
    const step = strategies[version];
    if (step === undefined) throw new Error(`No migration to schema version ${version}.`);
    current = step(current);
  }
  return current;
}
