import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './tables';
import type { StorageEngine } from './storage';
import { lockTeamCounter, memberDocument, memberWrite, writeServerDocuments } from '../team/teamDocuments';

export interface Migration {
  version: number;
  up(trx: Transaction<Database>): Promise<void>;
}

/**
 * Schema migrations, in order; append only (never edit one that has shipped). The whole run
 * happens in one transaction (both engines have transactional DDL), and each applied version
 * is recorded in `schema_migrations`. Every migration has its own test (migrations.test.ts).
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    async up(trx) {
      await trx.schema
        .createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await trx.schema
        .createTable('members')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        // Unique across the server: an email logs in to exactly one team.
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await trx.schema.createIndex('members_team').on('members').columns(['team_id']).execute();
      await trx.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
        .addColumn('member_id', 'text', (c) => c.notNull().references('members.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await trx.schema.createIndex('sessions_member').on('sessions').columns(['member_id']).execute();
      await trx.schema.createIndex('sessions_expiry').on('sessions').columns(['expires_at']).execute();
      await trx.schema
        .createTable('login_failures')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await trx.schema.createIndex('login_failures_key').on('login_failures').columns(['key', 'at']).execute();
      await trx.schema.createIndex('login_failures_at').on('login_failures').columns(['at']).execute();
      // One change counter per team, bumped inside every push transaction. The row lock that
      // UPDATE takes serializes a team's writers, so sequence order equals commit order and a
      // pull (`seq > since`) can never pass over a change that commits later with a lower seq.
      await trx.schema
        .createTable('sync_counters')
        .addColumn('team_id', 'text', (c) => c.primaryKey().references('teams.id'))
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .execute();
      // One table for every replicated collection, keyed (team, collection, id), the body kept
      // as the exact JSON clients pull. Why not a table per collection: every collection
      // replicates the same way (pull by seq, push compared by id) and the server never
      // queries inside a document, so members/groups/labels/views/settings join by adding a
      // schema to sync/collections.ts, with no migration and no second code path. The cost
      // (no SQL constraints on document fields) is paid by validating every push against the
      // collection's JSON schema. Ids are unique per team, so two teams never share a row.
      await trx.schema
        .createTable('documents')
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
        .addColumn('collection', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('documents_pk', ['team_id', 'collection', 'id'])
        .execute();
      // Serves every pull: `WHERE team_id AND collection AND seq > since ORDER BY seq`.
      await trx.schema.createIndex('documents_seq').unique().on('documents').columns(['team_id', 'collection', 'seq']).execute();
    },
  },
  {
    version: 2,
    /**
     * Members replicate: every account gets its `members` document (never the password
     * hash), numbered by the team's counter like any write. Before groups existed a group was
     * a bare id on the account, with no group document behind it: those ids are cleared, and
     * Team Leaders (who cannot lead no group) become Members until an Administrator puts them
     * in a group and makes them its leader.
     */
    async up(trx) {
      await trx.updateTable('members').set({ group_id: null }).execute();
      await trx.updateTable('members').set({ role: 'member' }).where('role', '=', 'leader').execute();
      const accounts = await trx
        .selectFrom('members')
        .select(['id', 'team_id', 'name', 'email', 'role', 'group_id', 'active', 'created_at'])
        .orderBy('team_id')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const byTeam = new Map<string, typeof accounts>();
      for (const account of accounts) byTeam.set(account.team_id, [...(byTeam.get(account.team_id) ?? []), account]);
      for (const [teamId, members] of byTeam) {
        const seq = await lockTeamCounter(trx, teamId);
        await writeServerDocuments(trx, teamId, seq, members.map((row) => memberWrite(memberDocument(row, Number(row.created_at)))));
      }
    },
  },
  {
    version: 3,
    /** A member added with a one-time password is asked to choose their own (POST /api/auth/password). */
    async up(trx) {
      await trx.schema.alterTable('members').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  },
  {
    version: 4,
    /**
     * The recording queue (server/recording/recordingJobs.ts). The server never queries inside
     * documents, so "which influencers wait for a recording" gets its own small table, kept in
     * step with the documents by the push transaction. Recordings requested before it existed
     * are queued from the stored documents.
     */
    async up(trx) {
      await trx.schema
        .createTable('recording_jobs')
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
        .addColumn('influencer_id', 'text', (c) => c.notNull())
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('batch_id', 'text')
        .addPrimaryKeyConstraint('recording_jobs_pk', ['team_id', 'influencer_id'])
        .execute();
      await trx.schema.createIndex('recording_jobs_due').on('recording_jobs').columns(['due_at']).execute();
      const rows = await trx.selectFrom('documents').select(['team_id', 'id', 'body']).where('collection', '=', 'influencers').execute();
      for (const row of rows) {
        const state = recordingStateOf(row.body);
        if (state === 'requested' || state === 'recording') {
          await trx.insertInto('recording_jobs').values({ team_id: row.team_id, influencer_id: row.id, due_at: 0, batch_id: null }).execute();
        }
      }
    },
  },
];

function recordingStateOf(body: string): unknown {
  const doc = JSON.parse(body) as { recording?: { state?: unknown } | null };
  return doc.recording?.state;
}

/** Applies the migrations not yet recorded; returns the versions it applied. */
export async function migrate(
  db: Kysely<Database>,
  engine: StorageEngine,
  now: () => number,
  list: readonly Migration[] = migrations,
): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    // Several instances may start together on one PostgreSQL: one migrates, the others wait.
    if (engine === 'postgres') await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    await trx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('applied_at', 'bigint', (c) => c.notNull())
      .execute();
    const rows = await trx.selectFrom('schema_migrations').select('version').execute();
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await migration.up(trx);
      await trx.insertInto('schema_migrations').values({ version: migration.version, applied_at: now() }).execute();
      applied.push(migration.version);
    }
    return applied;
  });
}

/** Arbitrary constant naming this application's migration lock among advisory locks. */
const MIGRATION_LOCK_KEY = 727_001;
