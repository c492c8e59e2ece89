import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { StorageEngine } from '../../server/storage/storage';
import { startPostgres, type TestPostgres } from './startPostgres';

/** Every storage-dependent suite runs once per engine: `describe.each(ENGINES)`. */
export const ENGINES: readonly StorageEngine[] = ['sqlite', 'postgres'];

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public ms = 1_700_000_000_000) {}
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

/**
 * One throwaway PostgreSQL cluster for the calling test file (started lazily in beforeAll,
 * stopped in afterAll) and a place per test for SQLite files; `database()` gives each test
 * its own fresh store of the asked engine.
 */
export function useDatabases(): { database(engine: StorageEngine): Promise<DatabaseHandle> } {
  let cluster: TestPostgres | null = null;
  const dirs: string[] = [];
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return {
    async database(engine) {
      if (engine === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'crm-sqlite-'));
        dirs.push(dir);
        return { engine, databaseUrl: null, dataDir: dir };
      }
      if (cluster === null) throw new Error('The PostgreSQL cluster is not running (useDatabases() must be called at file level).');
      return { engine, databaseUrl: await cluster.createDatabase(), dataDir: '' };
    },
  };
}

/** Where one test's data lives; open it as often as needed (several instances share it). */
export interface DatabaseHandle {
  engine: StorageEngine;
  databaseUrl: string | null;
  dataDir: string;
}

