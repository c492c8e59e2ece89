import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ENGINES, useDatabases } from '../../tests/server/databases';
import { migrate, migrations } from './migrations';
import { openStorage } from './openStorage';
import { isUniqueViolation } from './storage';

const databases = useDatabases();

describe.each(ENGINES)('schema migrations on %s', (engine) => {
  it('applies every migration once, in one run recorded in schema_migrations', async () => {
    const handle = await databases.database(engine);
    const storage = await openStorage({ ...handle, now: () => 42 });
    try {
      const rows = await storage.db.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
      expect(rows.map((r) => Number(r.version))).toEqual(migrations.map((m) => m.version));
      expect(rows.every((r) => Number(r.applied_at) === 42)).toBe(true);
      // Starting again (another instance, a restart) applies nothing.
      expect(await migrate(storage.db, engine, () => 43)).toEqual([]);
    } finally {
      await storage.close();
    }
    const again = await openStorage(handle);
    await again.close();
  });

  it('migration 1: tables with unique emails, per-team document keys and unique seqs', async () => {
    const handle = await databases.database(engine);
    const storage = await openStorage(handle);
    const { db } = storage;
    try {
      for (const id of ['t1', 't2']) {
        await db.insertInto('teams').values({ id, name: id, created_at: 1 }).execute();
        await db.insertInto('sync_counters').values({ team_id: id, seq: 0 }).execute();
      }
      const member = { team_id: 't1', name: 'A', role: 'admin' as const, group_id: null, active: 1, password_hash: 'x', created_at: 1 };
      await db.insertInto('members').values({ ...member, id: 'm1', email: 'a@example.com' }).execute();
      const clash = await db.insertInto('members').values({ ...member, id: 'm2', team_id: 't2', email: 'a@example.com' }).execute().catch((e: unknown) => e);
      expect(isUniqueViolation(clash)).toBe(true);

      // The same document id in two teams is two rows.
      const doc = { collection: 'influencers', id: 'same', body: '{}' };
      await db.insertInto('documents').values([{ ...doc, team_id: 't1', seq: 1 }, { ...doc, team_id: 't2', seq: 1 }]).execute();
      const twice = await db.insertInto('documents').values({ ...doc, team_id: 't1', seq: 2 }).execute().catch((e: unknown) => e);
      expect(isUniqueViolation(twice)).toBe(true);
      const sameSeq = await db.insertInto('documents').values({ ...doc, id: 'other', team_id: 't1', seq: 1 }).execute().catch((e: unknown) => e);
      expect(isUniqueViolation(sameSeq)).toBe(true);

      // Timestamps and seqs come back as numbers on both engines.
      const row = await db.selectFrom('documents').select('seq').where('team_id', '=', 't2').executeTakeFirstOrThrow();
      expect(row.seq).toBe(1);
    } finally {
      await storage.close();
    }
  });

  it('rolls a failing migration back completely', async () => {
    const handle = await databases.database(engine);
    const storage = await openStorage(handle);
    try {
      const broken = [
        ...migrations,
        {
          version: 999,
          async up(trx: Parameters<(typeof migrations)[number]['up']>[0]) {
            await trx.schema.createTable('half_done').addColumn('x', 'text').execute();
            await sql`SELECT * FROM no_such_table`.execute(trx);
          },
        },
      ];
      await expect(migrate(storage.db, engine, () => 1, broken)).rejects.toThrow();
      const versions = await storage.db.selectFrom('schema_migrations').select('version').execute();
      expect(versions.map((v) => Number(v.version))).not.toContain(999);
      await expect(sql`SELECT * FROM half_done`.execute(storage.db)).rejects.toThrow();
    } finally {
      await storage.close();
    }
  });
});
