import { describe, expect, it } from 'vitest';
import { addStatus, retireStatus } from './editStatusCatalog';
import { planStatusChange } from './planStatusChange';
import { defaultStatusCatalog } from './statusCatalog';
import { statusOf } from './statusOf';

const added = addStatus(defaultStatusCatalog(), { id: 'c-old', group: 'payment', label: 'Old way', color: '#111111' });
if (!added.ok) throw new Error(added.reason);
const retired = retireStatus(added.catalog, 'c-old');
if (!retired.ok) throw new Error(retired.reason);
const catalog = retired.catalog;
const fresh = { status: 'not_collaborated', liaisonId: null };

describe('statusOf', () => {
  it('reads each group, with no Contract or Payment status on a version 0 document', () => {
    expect(statusOf(fresh, 'influencer')).toBe('not_collaborated');
    expect(statusOf(fresh, 'contract')).toBeNull();
    expect(statusOf({ ...fresh, contractStatus: 'contract_sent', paymentStatus: null }, 'contract')).toBe('contract_sent');
    expect(statusOf({ ...fresh, paymentStatus: 'paid_fully' }, 'payment')).toBe('paid_fully');
  });
});

describe('planStatusChange', () => {
  it('moving away from "Not collaborated" makes the actor the liaison when there is none', () => {
    expect(planStatusChange(fresh, catalog, 'influencer', 'contacted', 'm1')).toEqual({ ok: true, changed: true, fields: { status: 'contacted', liaisonId: 'm1' } });
    expect(planStatusChange({ ...fresh, liaisonId: 'm2' }, catalog, 'influencer', 'contacted', 'm1')).toEqual({ ok: true, changed: true, fields: { status: 'contacted' } });
    expect(planStatusChange({ ...fresh, status: 'prospects' }, catalog, 'influencer', 'contacted', 'm1')).toEqual({ ok: true, changed: true, fields: { status: 'contacted' } });
  });

  it('sets and clears Contract and Payment statuses, one per group', () => {
    expect(planStatusChange(fresh, catalog, 'contract', 'contract_signed', 'm1')).toEqual({ ok: true, changed: true, fields: { contractStatus: 'contract_signed' } });
    expect(planStatusChange({ ...fresh, paymentStatus: 'paid_fully' }, catalog, 'payment', null, 'm1')).toEqual({ ok: true, changed: true, fields: { paymentStatus: null } });
    expect(planStatusChange(fresh, catalog, 'payment', null, 'm1')).toEqual({ ok: true, changed: false });
    expect(planStatusChange(fresh, catalog, 'influencer', 'not_collaborated', 'm1')).toEqual({ ok: true, changed: false });
  });

  it.each([
    ['influencer', null, /always has a collaboration status/],
    ['influencer', 'paid_fully', /"paid_fully" is not an Influencer status/],
    ['contract', 'contacted', /not a Contract status/],
    ['payment', 'nope', /not a Payment status/],
    ['payment', 'c-old', /"Old way" is retired/],
  ] as const)('refuses %s → %s', (group, statusId, reason) => {
    const plan = planStatusChange(fresh, catalog, group, statusId, 'm1');
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toMatch(reason);
  });

  it('keeps a retired status an influencer already has', () => {
    expect(planStatusChange({ ...fresh, paymentStatus: 'c-old' }, catalog, 'payment', 'c-old', 'm1')).toEqual({ ok: true, changed: false });
  });
});
