import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { MemoryChangeFeed } from './changeFeed';
import { migrate } from './migrations';
import { PostgresChangeFeed } from './postgresChangeFeed';
import { withStatementCache } from './statementCache';
import type { Storage } from './storage';
import type { Database } from './tables';

const INT8_OID = 20;

export interface StorageSettings {
  /** `postgres://…` selects PostgreSQL; null selects SQLite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  now?: () => number;
}

/** Opens the configured engine and brings its schema up to date. */
export function openStorage(settings: StorageSettings): Promise<Storage> {
  const now = settings.now ?? Date.now;
  return settings.databaseUrl === null ? openSqlite(settings.dataDir, now) : openPostgres(settings.databaseUrl, now);
}

/** The embedded default: one file, WAL so readers never wait for the writer. */
async function openSqlite(dataDir: string, now: () => number): Promise<Storage> {
  mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(join(dataDir, 'crm.sqlite'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL'); // durable at every checkpoint; safe with WAL
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  try {
    await migrate(db, 'sqlite', now);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const changes = new MemoryChangeFeed();
  return {
    engine: 'sqlite',
    db,
    changes,
    async close() {
      await changes.close();
      await db.destroy();
    },
  };
}

async function openPostgres(databaseUrl: string, now: () => number): Promise<Storage> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    // bigint columns (seq, ms timestamps) as numbers, for this pool only: every value we
    // store stays far below 2^53.
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let changes: PostgresChangeFeed;
  try {
    await migrate(db, 'postgres', now);
    changes = await PostgresChangeFeed.start(databaseUrl);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    engine: 'postgres',
    db,
    changes,
    async close() {
      await changes.close();
      await db.destroy();
    },
  };
}
