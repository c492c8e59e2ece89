import type { Kysely } from 'kysely';
import type { ChangeFeed } from './changeFeed';
import type { Database } from './tables';

export type StorageEngine = 'sqlite' | 'postgres';

/** One query layer (Kysely) over either engine, plus the engine's change notifications. */
export interface Storage {
  engine: StorageEngine;
  db: Kysely<Database>;
  changes: ChangeFeed;
  close(): Promise<void>;
}

/** A unique constraint refused a write (SQLite and PostgreSQL report it differently). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
