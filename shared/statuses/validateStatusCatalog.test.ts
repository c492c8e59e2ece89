import { describe, expect, it } from 'vitest';
import { defaultStatusCatalog, type StatusCatalog, type StatusEntry } from './statusCatalog';
import { labelKey, normaliseColor, validateStatusCatalog } from './validateStatusCatalog';

const vip: StatusEntry = { id: 'c1', group: 'influencer', label: 'VIP', color: '#123456', predefined: false, retired: false };
const withStatuses = (...extra: StatusEntry[]): StatusCatalog => ({ ...defaultStatusCatalog(), statuses: [...defaultStatusCatalog().statuses, ...extra] });
const errorsOf = (value: unknown): string[] => {
  const result = validateStatusCatalog(value);
  return result.ok ? [] : result.errors;
};

describe('validateStatusCatalog', () => {
  it('accepts the default catalog and one with custom statuses', () => {
    expect(validateStatusCatalog(defaultStatusCatalog())).toEqual({ ok: true, catalog: defaultStatusCatalog() });
    expect(errorsOf(withStatuses(vip, { ...vip, id: 'c2', group: 'payment', label: 'VIP' }))).toEqual([]);
  });

  it('refuses a wrong shape, naming the field', () => {
    expect(errorsOf(null)).toEqual(['document: must be an object']);
    expect(errorsOf({ ...defaultStatusCatalog(), extra: 1 })).toEqual(['unknown field "extra"']);
    expect(errorsOf(withStatuses({ ...vip, group: 'shipping' as StatusEntry['group'] }))[0]).toMatch(/^statuses\[18\]\.group: must be one of/);
  });

  it.each([
    [withStatuses(vip, { ...vip, label: 'Other' }), /"c1" appears more than once/],
    [withStatuses(vip, { ...vip, id: 'c2', label: 'víp' }), /"víp" is used twice in the Influencer group/],
    [withStatuses({ ...vip, label: 'Contacted' }), /"Contacted" is used twice/],
    [withStatuses({ ...vip, label: ' VIP' }), /leading, trailing or double spaces/],
    [withStatuses({ ...vip, color: '#12345G' }), /color: must look like #1e88e5/],
    [withStatuses({ ...vip, id: 'contract_sent', label: 'X' }), /"contract_sent" appears more than once/],
    [{ ...defaultStatusCatalog(), statuses: defaultStatusCatalog().statuses.map((s) => (s.id === 'paid_fully' ? { ...s, group: 'contract' } : s)) }, /"paid_fully" belongs to the Payment group/],
    [{ ...defaultStatusCatalog(), initialStatusId: 'contract_sent' }, /must be an active Influencer status/],
    [{ ...withStatuses({ ...vip, retired: true }), initialStatusId: 'c1' }, /must be an active Influencer status/],
    [{ ...defaultStatusCatalog(), initialStatusId: 'nope' }, /must be an active Influencer status/],
    [{ ...defaultStatusCatalog(), version: 2 }, /version: must be 1/],
    [withStatuses(...Array.from({ length: 51 }, (_, i) => ({ ...vip, id: `c${i}`, label: `S${i}` }))), /at most 50 custom statuses in the Influencer group/],
  ])('refuses %#', (catalog, error) => {
    expect(errorsOf(catalog).join('\n')).toMatch(error);
  });
});

describe('label and color rules', () => {
  it('compares labels without case, accents or extra spaces', () => {
    expect(labelKey('  Négociation   en cours ')).toBe(labelKey('negociation en cours'));
  });

  it.each([['#1E88E5', '#1e88e5'], ['1e88e5', '#1e88e5'], [' #abcdef ', '#abcdef'], ['#abc', null], ['red', null], ['#1e88e5ff', null]])('%s → %s', (input, color) => {
    expect(normaliseColor(input)).toBe(color);
  });
});
