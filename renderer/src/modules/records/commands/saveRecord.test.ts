import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../shared/activity';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { describeActivity } from '../../activity/describeActivity';
import { addRecord, changeRecord } from './saveRecord';

let db: CrmDatabase;
let ids = 0;
const ctx = () => ({ db, actorId: 'm1', now: () => 5_000, newId: () => `id-${++ids}` });
const log = async () => (await db.activities.find({ sort: [{ id: 'asc' }] }).exec()).map((d) => d.toJSON() as Activity);

beforeAll(async () => {
  db = await openCrmDatabase('records-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['records', 'activities'] });
});
afterAll(() => db.remove());

describe('addRecord / changeRecord', () => {
  it('adds a record with its record_added entry, and logs only the changed fields of an edit', async () => {
    const added = await addRecord(ctx(), 'inf-1', { type: 'expense', amountMinor: 150_000, currency: 'EUR', category: 'fee', spentAt: 0, note: null });
    expect(added).toEqual({ status: 'saved', id: 'id-1' });
    expect(await db.records.findOne('id-1').exec()).toMatchObject({ influencerId: 'inf-1', projectId: '', createdBy: 'm1', amountMinor: 150_000 });
    expect(await changeRecord(ctx(), 'id-1', { type: 'expense', amountMinor: 120_000, currency: 'EUR', category: 'fee', spentAt: 0, note: null })).toEqual({ status: 'saved', id: 'id-1' });
    expect(await changeRecord(ctx(), 'id-1', { type: 'expense', amountMinor: 120_000, currency: 'EUR', category: 'fee', spentAt: 0, note: null })).toEqual({ status: 'unchanged' });
    const entries = await log();
    expect(entries.map((e) => [e.kind, e.influencerId, e.field])).toEqual([['record_added', 'inf-1', 'expense'], ['record_changed', 'inf-1', 'expense']]);
    expect(entries.map((e) => describeActivity(e))).toEqual(['added an expense: 1500.00 EUR', 'changed an expense: amount from 1500.00 to 1200.00']);
  });

  it('refuses what the shared validateRecord refuses, writing nothing', async () => {
    const before = await log();
    expect(await addRecord(ctx(), 'inf-1', { type: 'expense', amountMinor: 1, currency: 'eur', category: 'fee', spentAt: 0, note: null })).toMatchObject({ status: 'invalid' });
    expect(await addRecord(ctx(), 'inf-1', { type: 'note', note: '  ' })).toMatchObject({ status: 'invalid' });
    expect(await changeRecord(ctx(), 'id-1', { type: 'note', note: 'x' })).toMatchObject({ status: 'invalid' });
    expect(await changeRecord(ctx(), 'nothing', { type: 'note', note: 'x' })).toEqual({ status: 'not_found' });
    expect(await log()).toEqual(before);
  });

  it('keeps a long note short in the log entry', async () => {
    await addRecord(ctx(), 'inf-2', { type: 'note', note: 'a'.repeat(9_000) });
    const entry = (await log()).at(-1);
    expect(entry?.to?.length).toBeLessThan(400);
  });
});
