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

  it('migration 2: every account gets its member document (no password data), numbered by its team; bare group ids are cleared', async () => {
    const handle = await databases.database(engine);
    const storage = await openStorage(handle);
    const { db } = storage;
    try {
      // Accounts as they were before migration 2: no member documents, groups as bare ids.
      await db.insertInto('teams').values([{ id: 't1', name: 'T1', created_at: 1 }, { id: 't2', name: 'T2', created_at: 1 }]).execute();
      await db.insertInto('sync_counters').values([{ team_id: 't1', seq: 5 }, { team_id: 't2', seq: 0 }]).execute();
      const account = { team_id: 't1', active: 1, password_hash: 'scrypt$secret', group_id: null };
      await db
        .insertInto('members')
        .values([
          { ...account, id: 'a', name: 'Ada', email: 'a@x.com', role: 'admin', created_at: 10 },
          { ...account, id: 'l', name: 'Lea', email: 'l@x.com', role: 'leader', group_id: 'group-1', created_at: 20 },
          { ...account, id: 'm', name: 'Max', email: 'm@x.com', role: 'member', group_id: 'group-1', active: 0, created_at: 30 },
          { ...account, team_id: 't2', id: 'b', name: 'Bo', email: 'b@x.com', role: 'admin', created_at: 40 },
        ])
        .execute();
      const migration = migrations.find((m) => m.version === 2);
      if (migration === undefined) throw new Error('no migration 2');
      await db.transaction().execute((trx) => migration.up(trx));

      const docs = await db.selectFrom('documents').select(['team_id', 'collection', 'id', 'seq', 'body']).orderBy('team_id').orderBy('seq').execute();
      expect(docs.map((d) => [d.team_id, d.collection, d.id, Number(d.seq)])).toEqual([
        ['t1', 'members', 'a', 6], ['t1', 'members', 'l', 7], ['t1', 'members', 'm', 8], ['t2', 'members', 'b', 1],
      ]);
      expect(JSON.parse(docs[1]!.body)).toEqual({ id: 'l', name: 'Lea', email: 'l@x.com', role: 'member', groupId: null, active: true, createdAt: 20, updatedAt: 20, _deleted: false });
      expect(JSON.parse(docs[2]!.body)).toMatchObject({ id: 'm', active: false, groupId: null });
      expect(docs.some((d) => d.body.includes('scrypt'))).toBe(false);
      const counters = await db.selectFrom('sync_counters').select(['team_id', 'seq']).orderBy('team_id').execute();
      expect(counters.map((c) => [c.team_id, Number(c.seq)])).toEqual([['t1', 8], ['t2', 1]]);
      const lea = await db.selectFrom('members').select(['role', 'group_id']).where('id', '=', 'l').executeTakeFirstOrThrow();
      expect(lea).toEqual({ role: 'member', group_id: null });
    } finally {
      await storage.close();
    }
  });

  it('migration 3: accounts have a one-time-password flag, off for existing accounts', async () => {
    const handle = await databases.database(engine);
    const storage = await openStorage(handle);
    try {
      await storage.db.insertInto('teams').values({ id: 't', name: 'T', created_at: 1 }).execute();
      await storage.db.insertInto('members').values({ id: 'm', team_id: 't', name: 'M', email: 'm@x.com', role: 'member', group_id: null, active: 1, password_hash: 'x', created_at: 1 }).execute();
      const row = await storage.db.selectFrom('members').select('must_change_password').executeTakeFirstOrThrow();
      expect(row.must_change_password).toBe(0);
    } finally {
      await storage.close();
    }
  });

  it('migration 4: the recording queue, filled with the recordings requested or running before it', async () => {
    const handle = await databases.database(engine);
    const storage = await openStorage(handle);
    const { db } = storage;
    try {
      await db.insertInto('teams').values({ id: 't', name: 'T', created_at: 1 }).execute();
      const body = (id: string, recording: unknown) => JSON.stringify({ id, kind: 'custom', recording, _deleted: false });
      await db
        .insertInto('documents')
        .values([
          { team_id: 't', collection: 'influencers', id: 'asked', seq: 1, body: body('asked', { state: 'requested' }) },
          { team_id: 't', collection: 'influencers', id: 'running', seq: 2, body: body('running', { state: 'recording' }) },
          { team_id: 't', collection: 'influencers', id: 'done', seq: 3, body: body('done', { state: 'recorded' }) },
          { team_id: 't', collection: 'influencers', id: 'never', seq: 4, body: JSON.stringify({ id: 'never', kind: 'custom', _deleted: false }) },
        ])
        .execute();
      // As the database was before migration 4.
      await db.schema.dropTable('recording_jobs').execute();
      const migration = migrations.find((m) => m.version === 4);
      if (migration === undefined) throw new Error('no migration 4');
      await db.transaction().execute((trx) => migration.up(trx));
      const jobs = await db.selectFrom('recording_jobs').selectAll().orderBy('influencer_id').execute();
      expect(jobs.map((j) => [j.influencer_id, Number(j.due_at), Number(j.attempts)])).toEqual([['asked', 0, 0], ['running', 0, 0]]);
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
