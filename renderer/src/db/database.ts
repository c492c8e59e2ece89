import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { Activity } from '../../../shared/activity';
import type { Influencer } from '../../../shared/influencer';
import { activitySchema } from '../../../shared/schemas/activitySchema';
import { influencerSchema } from '../../../shared/schemas/influencerSchema';
import { activityMigrations, influencerMigrations, type MigrationStrategies } from '../../../shared/schemas/migrations';

export type InfluencerCollection = RxCollection<Influencer>;
export type ActivityCollection = RxCollection<Activity>;
export interface CrmCollections {
  influencers: InfluencerCollection;
  activities: ActivityCollection;
}
export type CrmDatabase = RxDatabase<CrmCollections>;

addRxPlugin(RxDBMigrationSchemaPlugin);

// RxDB's migration strategies receive `any`-typed documents; ours are typed on plain records.
function toRxStrategies(strategies: MigrationStrategies): Record<number, (doc: Record<string, unknown>) => Record<string, unknown> | null> {
  return strategies;
}

/**
 * Opens (or creates) the local CRM database. Call once per page: React StrictMode mounts
 * twice, so the database lives outside components (see renderer/src/db/crmDatabase.ts).
 */
export async function openCrmDatabase(name: string): Promise<CrmDatabase> {
  if (import.meta.env.DEV) {
    // Dev-mode validates schemas and queries but loads a remote iframe: development only.
    const { RxDBDevModePlugin } = await import('rxdb/plugins/dev-mode');
    addRxPlugin(RxDBDevModePlugin);
  }
  const db = await createRxDatabase<CrmCollections>({
    name,
    storage: getRxStorageDexie(),
    multiInstance: true,
    eventReduce: true,
    closeDuplicates: true,
  });
  await db.addCollections({
    influencers: {
      schema: influencerSchema as unknown as RxJsonSchema<Influencer>,
      migrationStrategies: toRxStrategies(influencerMigrations),
      autoMigrate: true,
    },
    activities: {
      schema: activitySchema as unknown as RxJsonSchema<Activity>,
      migrationStrategies: toRxStrategies(activityMigrations),
      autoMigrate: true,
    },
  });
  return db;
}
