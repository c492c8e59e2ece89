import type { Generated } from 'kysely';
import type { Role } from '../../shared/team/role';

/**
 * The server's tables as Kysely sees them. Both engines store the same columns with the same
 * types (text, bigint ms timestamps, integer flags), so one query layer serves both.
 */
export interface TeamsTable {
  id: string;
  name: string;
  created_at: number;
}

/** The roles of shared/team/role.ts, stored as text. */
export type MemberRole = Role;

export interface MembersTable {
  id: string;
  team_id: string;
  name: string;
  /** Stored lower-cased; unique across the whole server (one login per email). */
  email: string;
  role: MemberRole;
  group_id: string | null;
  /** 1 or 0: SQLite has no boolean type, and one code path means one representation. */
  active: number;
  password_hash: string;
  /** 1: signed in with a one-time password, the app asks them to choose their own (default 0). */
  must_change_password: Generated<number>;
  created_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the token, hex: a stolen database does not hand out working tokens. */
  token_hash: string;
  team_id: string;
  member_id: string;
  created_at: number;
  expires_at: number;
}

/** One row per failed login, keyed `email:<address>` or `ip:<address>`; counted in a window. */
export interface LoginFailuresTable {
  key: string;
  at: number;
}

/** The per-team change counter (see storage/migrations.ts for why it is a row). */
export interface SyncCountersTable {
  team_id: string;
  seq: number;
}

/** Every replicated document of every collection (see storage/migrations.ts for the layout). */
export interface DocumentsTable {
  team_id: string;
  collection: string;
  id: string;
  seq: number;
  /** The document exactly as clients pull it (JSON, including `_deleted`). */
  body: string;
}

/**
 * Influencers whose recording the server has to start or finish (server/recording/): written
 * in the push transaction that requests the recording, so a request never waits outside the
 * database. `due_at`: when a worker should look at it next (now for a request; for a claimed
 * one, when the claim counts as stale). Deleted when the recording is done or gone.
 */
export interface RecordingJobsTable {
  team_id: string;
  influencer_id: string;
  due_at: number;
  /** How many times a worker has claimed it; a job that keeps dying is failed after a few. */
  attempts: Generated<number>;
  /** The activity batch of this run's entries (claim and result), set by the claim. */
  batch_id: string | null;
}

export interface SchemaMigrationsTable {
  version: number;
  applied_at: number;
}

export interface Database {
  teams: TeamsTable;
  members: MembersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  sync_counters: SyncCountersTable;
  documents: DocumentsTable;
  recording_jobs: RecordingJobsTable;
  schema_migrations: SchemaMigrationsTable;
}
