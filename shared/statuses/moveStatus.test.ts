import { describe, expect, it } from 'vitest';
import { addStatus, retireStatus, type CatalogEdit } from './editStatusCatalog';
import { moveStatus } from './moveStatus';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog';
import { statusesForGroup } from './statusLookup';

const done = (edit: CatalogEdit): StatusCatalog => {
  if (!edit.ok) throw new Error(edit.reason);
  return edit.catalog;
};
const contractIds = (catalog: StatusCatalog, includeRetired = false) => statusesForGroup(catalog, 'contract', { includeRetired }).map((s) => s.id);
const withDraft = done(addStatus(defaultStatusCatalog(), { id: 'c-draft', group: 'contract', label: 'Contract drafted', color: '#123456' }));

describe('moveStatus', () => {
  it('swaps a status with its neighbour in its own group only', () => {
    const up = done(moveStatus(withDraft, 'c-draft', -1));
    expect(contractIds(up)).toEqual(['contract_sent', 'c-draft', 'contract_signed']);
    const top = done(moveStatus(up, 'c-draft', -1));
    expect(contractIds(top)).toEqual(['c-draft', 'contract_sent', 'contract_signed']);
    expect(done(moveStatus(top, 'c-draft', 1)).statuses).toEqual(up.statuses);
    // The other groups keep their entries and places.
    expect(top.statuses.filter((s) => s.group !== 'contract')).toEqual(withDraft.statuses.filter((s) => s.group !== 'contract'));
  });

  it('refuses to move past either end, a retired status or an unknown one', () => {
    expect(moveStatus(withDraft, 'contract_sent', -1)).toEqual({ ok: false, reason: '"Contract sent" is already first.' });
    expect(moveStatus(withDraft, 'c-draft', 1)).toEqual({ ok: false, reason: '"Contract drafted" is already last.' });
    const retired = done(retireStatus(withDraft, 'c-draft'));
    expect(moveStatus(retired, 'c-draft', -1)).toMatchObject({ ok: false, reason: expect.stringMatching(/retired/) });
    expect(moveStatus(withDraft, 'nope', 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/no longer exists/) });
  });

  it('moves active statuses around a retired one, which stays after them', () => {
    const withTwo = done(addStatus(withDraft, { id: 'c-void', group: 'contract', label: 'Voided', color: '#654321' }));
    const retired = done(retireStatus(withTwo, 'c-draft'));
    const moved = done(moveStatus(retired, 'c-void', -1));
    expect(contractIds(moved)).toEqual(['contract_sent', 'c-void', 'contract_signed']);
    expect(contractIds(moved, true)).toEqual(['contract_sent', 'c-void', 'contract_signed', 'c-draft']);
  });
});
