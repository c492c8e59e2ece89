import { describe, expect, it } from 'vitest';
import { addStatus, renameStatus } from './editStatusCatalog';
import { editStoredStatusCatalog } from './editStoredStatusCatalog';
import { defaultStatusCatalog, STATUS_CATALOG_VERSION } from './statusCatalog';

const addVip = (catalog: ReturnType<typeof defaultStatusCatalog>) => addStatus(catalog, { id: 'c-vip', group: 'influencer', label: 'VIP', color: '#abcdef' });

describe('editStoredStatusCatalog', () => {
  it('starts from the predefined catalog when nothing is stored, and from the stored one otherwise', () => {
    const first = editStoredStatusCatalog(null, addVip);
    expect(first.ok && first.catalog.statuses.some((s) => s.id === 'c-vip')).toBe(true);
    if (!first.ok) return;
    const second = editStoredStatusCatalog(first.catalog, (c) => renameStatus(c, 'c-vip', 'Very important'));
    expect(second.ok && second.catalog.statuses.find((s) => s.id === 'c-vip')?.label).toBe('Very important');
  });

  it('passes the edit’s refusal through and says when nothing changes', () => {
    expect(editStoredStatusCatalog(null, (c) => renameStatus(c, 'contacted', 'Reached'))).toMatchObject({ ok: false, reason: expect.stringMatching(/predefined/) });
    const same = editStoredStatusCatalog(defaultStatusCatalog(), (c) => ({ ok: true, catalog: c }));
    expect(same).toMatchObject({ ok: true, unchanged: true });
    expect(editStoredStatusCatalog(defaultStatusCatalog(), addVip)).toMatchObject({ ok: true, unchanged: false });
  });

  it('refuses to overwrite a catalog saved by a newer app', () => {
    const newer = { ...defaultStatusCatalog(), version: STATUS_CATALOG_VERSION + 1 };
    expect(editStoredStatusCatalog(newer, addVip)).toMatchObject({ ok: false, reason: expect.stringMatching(/newer version of the app/) });
  });

  it('lets an administrator repair an unreadable stored value (it is written again, not "unchanged")', () => {
    expect(editStoredStatusCatalog('{broken', (c) => ({ ok: true, catalog: c }))).toMatchObject({ ok: true, unchanged: false });
  });

  it('refuses an edit whose result the server would refuse', () => {
    const bad = editStoredStatusCatalog(null, (c) => ({ ok: true, catalog: { ...c, initialStatusId: 'contract_sent' } }));
    expect(bad).toMatchObject({ ok: false, reason: expect.stringMatching(/must be an active Influencer status/) });
  });
});
