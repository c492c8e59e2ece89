import { addRxPlugin, createRxDatabase, type RxCollection, type RxConflictHandler, type RxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { Activity } from '../../../shared/activity';
import type { Influencer } from '../../../shared/influencer';
import type { Label } from '../../../shared/labels/label';
import { labelSchema } from '../../../shared/schemas/labelSchema';
import type { CrmRecord } from '../../../shared/records/crmRecord';
import type { EmailProject } from '../../../shared/records/emailProject';
import { emailProjectSchema } from '../../../shared/schemas/emailProjectSchema';
import { activitySchema } from '../../../shared/schemas/activitySchema';
import { influencerSchema } from '../../../shared/schemas/influencerSchema';
import { groupSchema } from '../../../shared/schemas/groupSchema';
import { memberSchema } from '../../../shared/schemas/memberSchema';
import { activityMigrations, emailProjectMigrations, groupMigrations, influencerMigrations, labelMigrations, memberMigrations, recordMigrations, settingMigrations, viewMigrations, type MigrationStrategies } from '../../../shared/schemas/migrations';
import { recordSchema } from '../../../shared/schemas/recordSchema';
import { settingSchema } from '../../../shared/schemas/settingSchema';
import { viewSchema } from '../../../shared/schemas/viewSchema';
import type { SavedView } from '../../../shared/views/savedView';
import type { Setting } from '../../../shared/settings/setting';
import type { Group } from '../../../shared/team/group';
import type { Member } from '../../../shared/team/member';

export type InfluencerCollection = RxCollection<Influencer>;
export type ActivityCollection = RxCollection<Activity>;
export interface CrmCollections {
  influencers: InfluencerCollection;
  activities: ActivityCollection;
  /** Team data, replicated read-only (the server writes members and groups; settings by Administrators). */
  members: RxCollection<Member>;
  groups: RxCollection<Group>;
  settings: RxCollection<Setting>;
  /** The team's Overview records (shipments, expenses, content, notes, project memberships), one collection with a `type`. */
  records: RxCollection<CrmRecord>;
  /** The team's named email projects (members are project_member records). */
  emailProjects: RxCollection<EmailProject>;
  /** Saved views of the list; each member writes their own (the server refuses anyone else's). */
  views: RxCollection<SavedView>;
  /** The team's colored labels (influencers carry their ids); every member writes them. */
  labels: RxCollection<Label>;
}
export type CrmDatabase = RxDatabase<CrmCollections>;
export type CrmCollectionName = keyof CrmCollections;

addRxPlugin(RxDBMigrationSchemaPlugin);
// Several windows share one database; only the elected leader replicates with the server.
addRxPlugin(RxDBLeaderElectionPlugin);

export interface OpenCrmDatabaseOptions {
  /** Resolves a replication conflict on an influencer (see sync/influencerConflictHandler.ts). */
  influencerConflictHandler?: RxConflictHandler<Influencer>;
  /** Dexie (IndexedDB) unless a test passes another storage. */
  storage?: RxStorage<unknown, unknown>;
  multiInstance?: boolean;
  /** RxDB's dev-mode checks; on in development builds (unit tests turn them off). */
  devMode?: boolean;
  /**
   * Open only these collections (default: all). RxDB's free tier allows 13 open collections
   * per JavaScript realm: a test running five clients in one process opens the two it needs.
   * The app always opens all of them; code that also serves tests checks for the others.
   */
  collections?: readonly CrmCollectionName[];
}

// RxDB's migration strategies receive `any`-typed documents; ours are typed on plain records.
function toRxStrategies(strategies: MigrationStrategies): Record<number, (doc: Record<string, unknown>) => Record<string, unknown> | null> {
  return strategies;
}

/**
 * Opens (or creates) the local CRM database. Call once per page: React StrictMode mounts
 * twice, so the database lives outside components (see renderer/src/app/crmRuntime.ts).
 */
export async function openCrmDatabase(name: string, options: OpenCrmDatabaseOptions = {}): Promise<CrmDatabase> {
  let storage: RxStorage<unknown, unknown> = options.storage ?? getRxStorageDexie();
  if (options.devMode ?? import.meta.env.DEV) {
    // Dev-mode validates schemas and queries but loads a remote iframe: development only.
    // It refuses a storage without a document validator, so development also validates every
    // write against the schema (ajv compiles code at run time: never in production, where the
    // CSP forbids it).
    const [{ RxDBDevModePlugin }, { wrappedValidateAjvStorage }] = await Promise.all([
      import('rxdb/plugins/dev-mode'),
      import('rxdb/plugins/validate-ajv'),
    ]);
    addRxPlugin(RxDBDevModePlugin);
    storage = wrappedValidateAjvStorage({ storage });
  }
  const db = await createRxDatabase<CrmCollections>({
    name,
    storage,
    multiInstance: options.multiInstance ?? true,
    eventReduce: true,
    closeDuplicates: true,
  });
  const creators = {
    influencers: {
      schema: influencerSchema as unknown as RxJsonSchema<Influencer>,
      migrationStrategies: toRxStrategies(influencerMigrations),
      autoMigrate: true,
      conflictHandler: options.influencerConflictHandler,
    },
    activities: {
      schema: activitySchema as unknown as RxJsonSchema<Activity>,
      migrationStrategies: toRxStrategies(activityMigrations),
      autoMigrate: true,
    },
    members: {
      schema: memberSchema as unknown as RxJsonSchema<Member>,
      migrationStrategies: toRxStrategies(memberMigrations),
      autoMigrate: true,
    },
    groups: {
      schema: groupSchema as unknown as RxJsonSchema<Group>,
      migrationStrategies: toRxStrategies(groupMigrations),
      autoMigrate: true,
    },
    settings: {
      schema: settingSchema as unknown as RxJsonSchema<Setting>,
      migrationStrategies: toRxStrategies(settingMigrations),
      autoMigrate: true,
    },
    records: {
      schema: recordSchema as unknown as RxJsonSchema<CrmRecord>,
      migrationStrategies: toRxStrategies(recordMigrations),
      autoMigrate: true,
    },
    emailProjects: {
      schema: emailProjectSchema as unknown as RxJsonSchema<EmailProject>,
      migrationStrategies: toRxStrategies(emailProjectMigrations),
      autoMigrate: true,
    },
    views: {
      schema: viewSchema as unknown as RxJsonSchema<SavedView>,
      migrationStrategies: toRxStrategies(viewMigrations),
      autoMigrate: true,
    },
    labels: {
      schema: labelSchema as unknown as RxJsonSchema<Label>,
      migrationStrategies: toRxStrategies(labelMigrations),
      autoMigrate: true,
    },
  };
  const wanted = options.collections ?? (Object.keys(creators) as CrmCollectionName[]);
  await db.addCollections(Object.fromEntries(wanted.map((name) => [name, creators[name]])));
  return db;
}
