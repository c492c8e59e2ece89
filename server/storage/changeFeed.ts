import type { Transaction } from 'kysely';
import type { Database } from './tables';

/** "Something changed in this team's collection": streams then read the new rows from the database. */
export type ChangeNotice = { kind: 'changed'; teamId: string; collection: string } | { kind: 'missed' };
export type ChangeListener = (notice: ChangeNotice) => void;

/**
 * How a committed push reaches the live streams of every server instance. The notice carries
 * no documents: each instance reads them from the database, which stays the only state.
 * `missed` means notices may have been lost (e.g. the listener reconnected): recheck everything.
 */
export interface ChangeFeed {
  /** Inside the writing transaction (PostgreSQL: NOTIFY, delivered only if it commits). */
  announce(trx: Transaction<Database>, teamId: string, collection: string): Promise<void>;
  /** After the transaction committed (the in-process feed emits here). */
  committed(teamId: string, collection: string): void;
  subscribe(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

/** Single-instance feed (SQLite): an in-process emitter, fired only after commit. */
export class MemoryChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  async announce(): Promise<void> {}

  committed(teamId: string, collection: string): void {
    for (const listener of this.listeners) listener({ kind: 'changed', teamId, collection });
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
