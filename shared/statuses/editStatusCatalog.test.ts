import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addStatus, recolorStatus, renameStatus, reorderStatuses, restoreStatus, retireStatus, setInitialStatus, type CatalogEdit } from './editStatusCatalog';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog';
import { STATUS_GROUPS } from './statusGroups';
import { statusesForGroup } from './statusLookup';
import { validateStatusCatalog } from './validateStatusCatalog';

const base = defaultStatusCatalog();
const done = (edit: CatalogEdit): StatusCatalog => {
  if (!edit.ok) throw new Error(edit.reason);
  return edit.catalog;
};
const reasonOf = (edit: CatalogEdit): string => (edit.ok ? '' : edit.reason);
const ids = (catalog: StatusCatalog, group: 'influencer' | 'contract' | 'payment', includeRetired = false) => statusesForGroup(catalog, group, { includeRetired }).map((s) => s.id);
const withVip = done(addStatus(base, { id: 'c-vip', group: 'influencer', label: '  VIP   list ', color: '#ABCDEF' }));

describe('addStatus', () => {
  it('adds a tidied custom status at the end of its group, leaving the input alone', () => {
    expect(withVip.statuses.find((s) => s.id === 'c-vip')).toEqual({ id: 'c-vip', group: 'influencer', label: 'VIP list', color: '#abcdef', predefined: false, retired: false });
    expect(ids(withVip, 'influencer').at(-1)).toBe('c-vip');
    expect(withVip.statuses.findIndex((s) => s.id === 'c-vip')).toBe(12); // before the Contract group
    expect(base).toEqual(defaultStatusCatalog());
    const paid = done(addStatus(base, { id: 'c-inv', group: 'payment', label: 'Invoiced', color: '#000000' }));
    expect(paid.statuses.at(-1)?.id).toBe('c-inv');
  });

  it.each([
    [{ label: '' }, /needs a name/],
    [{ label: 'x'.repeat(41) }, /at most 40 characters/],
    [{ label: 'contacted' }, /already has a status called "Contacted"/],
    [{ id: 'contacted', label: 'Other' }, /already taken/],
    [{ id: 'c-vip', label: 'Other' }, /already taken/],
    [{ id: 'has space' }, /letters, digits/],
    [{ color: 'blue' }, /color like/],
  ])('refuses %j', (change, reason) => {
    expect(reasonOf(addStatus(withVip, { id: 'c-new', group: 'influencer', label: 'New', color: '#000000', ...change }))).toMatch(reason);
  });

  it('allows the same label in another group, and tells to restore a retired namesake', () => {
    expect(addStatus(withVip, { id: 'c2', group: 'payment', label: 'VIP list', color: '#000000' }).ok).toBe(true);
    const retired = done(retireStatus(withVip, 'c-vip'));
    expect(reasonOf(addStatus(retired, { id: 'c2', group: 'influencer', label: 'vip LIST', color: '#000000' }))).toMatch(/retired Influencer status is already called "VIP list". Restore it/);
  });

  it('stops at 50 custom statuses a group', () => {
    let catalog = base;
    for (let i = 0; i < 50; i++) catalog = done(addStatus(catalog, { id: `c${i}`, group: 'contract', label: `Step ${i}`, color: '#000000' }));
    expect(reasonOf(addStatus(catalog, { id: 'c50', group: 'contract', label: 'One more', color: '#000000' }))).toMatch(/already has 50 custom statuses/);
    expect(addStatus(catalog, { id: 'c50', group: 'payment', label: 'One more', color: '#000000' }).ok).toBe(true);
  });
});

describe('renameStatus, recolorStatus', () => {
  it('renames custom statuses only', () => {
    expect(done(renameStatus(withVip, 'c-vip', 'Top tier')).statuses.find((s) => s.id === 'c-vip')?.label).toBe('Top tier');
    expect(done(renameStatus(withVip, 'c-vip', 'vip list')).statuses.find((s) => s.id === 'c-vip')?.label).toBe('vip list'); // its own name, recased
    expect(reasonOf(renameStatus(withVip, 'contacted', 'Reached'))).toMatch(/"Contacted" is a predefined status and keeps its name/);
    expect(reasonOf(renameStatus(withVip, 'c-vip', 'Selected'))).toMatch(/already has a status called "Selected"/);
    expect(reasonOf(renameStatus(withVip, 'gone', 'X'))).toMatch(/no longer exists/);
  });

  it('recolors any status', () => {
    expect(done(recolorStatus(withVip, 'contacted', '#FF0000')).statuses.find((s) => s.id === 'contacted')?.color).toBe('#ff0000');
    expect(reasonOf(recolorStatus(withVip, 'contacted', '#ff00'))).toMatch(/color like/);
  });
});

describe('reorderStatuses', () => {
  it('puts the group in the given order and keeps the other groups in place', () => {
    const order = [...ids(withVip, 'influencer')].reverse();
    const reordered = done(reorderStatuses(withVip, 'influencer', order));
    expect(ids(reordered, 'influencer')).toEqual(order);
    expect(reordered.statuses.slice(order.length)).toEqual(withVip.statuses.slice(order.length));
    const contract = done(reorderStatuses(withVip, 'contract', ['contract_signed', 'contract_sent']));
    expect(contract.statuses.map((s) => s.group)).toEqual(withVip.statuses.map((s) => s.group));
  });

  it('keeps retired statuses after the active ones', () => {
    const retired = done(retireStatus(withVip, 'c-vip'));
    const order = [...ids(retired, 'influencer')].reverse();
    expect(ids(done(reorderStatuses(retired, 'influencer', order)), 'influencer', true)).toEqual([...order, 'c-vip']);
  });

  it.each([
    [['contract_sent']],
    [['contract_sent', 'contract_sent']],
    [['contract_sent', 'contract_signed', 'paid_fully']],
    [['contract_sent', 'paid_fully']],
  ])('refuses a list that is not exactly the active statuses: %j', (order) => {
    expect(reasonOf(reorderStatuses(withVip, 'contract', order))).toMatch(/must list each active Contract status once/);
  });
});

describe('retireStatus, restoreStatus, setInitialStatus', () => {
  it('retires a custom status, which stays readable, and restores it in place', () => {
    const retired = done(retireStatus(withVip, 'c-vip'));
    expect(ids(retired, 'influencer')).not.toContain('c-vip');
    expect(ids(retired, 'influencer', true)).toContain('c-vip');
    expect(done(restoreStatus(retired, 'c-vip'))).toEqual(withVip);
    expect(reasonOf(retireStatus(retired, 'c-vip'))).toMatch(/already retired/);
    expect(reasonOf(restoreStatus(withVip, 'c-vip'))).toMatch(/not retired/);
    expect(reasonOf(retireStatus(withVip, 'rejected'))).toMatch(/predefined status and cannot be retired/);
  });

  it('sets the initial status to an active Influencer status, and then will not retire it', () => {
    const initial = done(setInitialStatus(withVip, 'c-vip'));
    expect(initial.initialStatusId).toBe('c-vip');
    expect(reasonOf(retireStatus(initial, 'c-vip'))).toMatch(/where new influencers start/);
    expect(reasonOf(setInitialStatus(withVip, 'contract_sent'))).toMatch(/"Contract sent" is a Contract status/);
    expect(reasonOf(setInitialStatus(done(retireStatus(withVip, 'c-vip')), 'c-vip'))).toMatch(/retired. Restore it first/);
  });
});

describe('any sequence of edits', () => {
  const group = fc.constantFrom(...STATUS_GROUPS);
  const label = fc.constantFrom('VIP', 'vip', 'Vìp', 'On hold', 'Contacted', 'Invoiced', '', 'x'.repeat(41), 'Paid fully');
  const id = fc.constantFrom('a', 'b', 'c', 'contacted', 'contract_sent', 'paid_fully', 'not_collaborated');
  const edit = fc.oneof(
    fc.record({ op: fc.constant('add' as const), id, group, label, color: fc.constantFrom('#123456', 'nope') }),
    fc.record({ op: fc.constant('rename' as const), id, label }),
    fc.record({ op: fc.constant('recolor' as const), id, color: fc.constantFrom('#abcdef', '#ABC') }),
    fc.record({ op: fc.constant('retire' as const), id }),
    fc.record({ op: fc.constant('restore' as const), id }),
    fc.record({ op: fc.constant('initial' as const), id }),
    fc.record({ op: fc.constant('reverse' as const), group }),
  );

  it('keeps the catalog valid, and a refused edit changes nothing', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let catalog = defaultStatusCatalog();
        for (const e of edits) {
          const before = JSON.stringify(catalog);
          const result =
            e.op === 'add' ? addStatus(catalog, e)
            : e.op === 'rename' ? renameStatus(catalog, e.id, e.label)
            : e.op === 'recolor' ? recolorStatus(catalog, e.id, e.color)
            : e.op === 'retire' ? retireStatus(catalog, e.id)
            : e.op === 'restore' ? restoreStatus(catalog, e.id)
            : e.op === 'initial' ? setInitialStatus(catalog, e.id)
            : reorderStatuses(catalog, e.group, [...ids(catalog, e.group)].reverse());
          expect(JSON.stringify(catalog)).toBe(before);
          if (result.ok) {
            expect(validateStatusCatalog(result.catalog)).toEqual({ ok: true, catalog: result.catalog });
            catalog = result.catalog;
          } else {
            expect(result.reason).toMatch(/\S/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
