import { describe, expect, it } from 'vitest';
import { addStatus, retireStatus } from './editStatusCatalog';
import { defaultStatusCatalog, type StatusCatalog } from './statusCatalog';
import { describeStatus, findStatus, statusChoices, statusesForGroup } from './statusLookup';

const added = addStatus(defaultStatusCatalog(), { id: 'c-hold', group: 'contract', label: 'On hold', color: '#111111' });
if (!added.ok) throw new Error(added.reason);
const retired = retireStatus(added.catalog, 'c-hold');
if (!retired.ok) throw new Error(retired.reason);
const catalog: StatusCatalog = retired.catalog;

describe('status lookup', () => {
  it('lists a group in order, retired statuses only when asked', () => {
    expect(statusesForGroup(catalog, 'contract').map((s) => s.id)).toEqual(['contract_sent', 'contract_signed']);
    expect(statusesForGroup(catalog, 'contract', { includeRetired: true }).map((s) => s.id)).toEqual(['contract_sent', 'contract_signed', 'c-hold']);
    expect(statusesForGroup(catalog, 'influencer')).toHaveLength(12);
    expect(findStatus(catalog, 'paid_fully')?.group).toBe('payment');
  });

  it('keeps retired and unknown ids readable', () => {
    expect(describeStatus(catalog, 'c-hold')).toEqual({ id: 'c-hold', label: 'On hold', color: '#111111', retired: true, known: true });
    expect(describeStatus(catalog, 'from-elsewhere')).toEqual({ id: 'from-elsewhere', label: 'from-elsewhere', color: '#9e9e9e', retired: false, known: false });
  });

  it('offers the active statuses plus a record’s retired or unknown current one', () => {
    expect(statusChoices(catalog, 'contract', null).map((c) => c.id)).toEqual(['contract_sent', 'contract_signed']);
    expect(statusChoices(catalog, 'contract', 'contract_signed').map((c) => c.id)).toEqual(['contract_sent', 'contract_signed']);
    expect(statusChoices(catalog, 'contract', 'c-hold').map((c) => [c.id, c.retired])).toEqual([['c-hold', true], ['contract_sent', false], ['contract_signed', false]]);
  });
});
