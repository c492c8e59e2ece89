import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStatus, renameStatus, retireStatus, setInitialStatus } from '../../../../shared/statuses/editStatusCatalog';
import { readStatusCatalog } from '../../../../shared/statuses/readStatusCatalog';
import { STATUS_CATALOG_SETTING_KEY } from '../../../../shared/statuses/statusCatalog';
import { statusChoices } from '../../../../shared/statuses/statusLookup';
import { openCrmDatabase, type CrmDatabase } from '../../db/database';
import { saveStatusCatalogEdit } from './saveStatusCatalogEdit';

let db: CrmDatabase;
let clock = 100;
const now = () => ++clock;
const stored = async () => (await db.settings.findOne(STATUS_CATALOG_SETTING_KEY).exec())?.toJSON();

beforeAll(async () => {
  db = await openCrmDatabase('status-catalog-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['settings'] });
});
afterAll(() => db.remove());

describe('saveStatusCatalogEdit', () => {
  it('writes the first change as the settings document, stamped with who and when', async () => {
    const saved = await saveStatusCatalogEdit(db, 'admin-1', (c) => addStatus(c, { id: 'c-vip', group: 'influencer', label: 'VIP', color: '#1e88e5' }), now);
    expect(saved.status).toBe('saved');
    const doc = await stored();
    expect(doc).toMatchObject({ id: STATUS_CATALOG_SETTING_KEY, updatedAt: 101, updatedBy: 'admin-1' });
    expect(readStatusCatalog(doc?.value).catalog.statuses.find((s) => s.id === 'c-vip')).toMatchObject({ label: 'VIP', retired: false });
  });

  it('applies later changes on top of the stored catalog; a retired status is no longer offered but still read', async () => {
    await saveStatusCatalogEdit(db, 'admin-2', (c) => renameStatus(c, 'c-vip', 'Very important'), now);
    expect(await saveStatusCatalogEdit(db, 'admin-2', (c) => retireStatus(c, 'c-vip'), now)).toMatchObject({ status: 'saved' });
    const doc = await stored();
    expect(doc).toMatchObject({ updatedBy: 'admin-2', updatedAt: 103 });
    const catalog = readStatusCatalog(doc?.value).catalog;
    expect(statusChoices(catalog, 'influencer', null).map((s) => s.id)).not.toContain('c-vip');
    expect(statusChoices(catalog, 'influencer', 'c-vip')[0]).toMatchObject({ id: 'c-vip', label: 'Very important', retired: true });
  });

  it('refuses in words and writes nothing; a change to the same value is not written', async () => {
    const before = await stored();
    expect(await saveStatusCatalogEdit(db, 'admin-1', (c) => renameStatus(c, 'contacted', 'Reached'), now)).toMatchObject({ status: 'refused', reason: expect.stringMatching(/predefined/) });
    expect(await saveStatusCatalogEdit(db, 'admin-1', (c) => setInitialStatus(c, 'c-vip'), now)).toMatchObject({ status: 'refused', reason: expect.stringMatching(/retired/) });
    expect(await saveStatusCatalogEdit(db, 'admin-1', (c) => setInitialStatus(c, 'not_collaborated'), now)).toEqual({ status: 'unchanged' });
    expect(await stored()).toEqual(before);
  });
});
