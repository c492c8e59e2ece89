import { describe, expect, it } from 'vitest';
import { NOT_COLLABORATED_ID, PREDEFINED_STATUSES } from './predefinedStatuses';
import { normaliseStatusCatalog, readStatusCatalog } from './readStatusCatalog';
import { defaultStatusCatalog, STATUS_CATALOG_VERSION, type StatusCatalog, type StatusEntry } from './statusCatalog';
import { statusCatalogMigrations } from './statusCatalogMigrations';

const vip: StatusEntry = { id: 'c-vip', group: 'influencer', label: 'VIP', color: '#123456', predefined: false, retired: false };
const custom: StatusCatalog = { ...defaultStatusCatalog(), initialStatusId: 'c-vip', statuses: [vip, ...defaultStatusCatalog().statuses] };

describe('readStatusCatalog', () => {
  it('gives the predefined catalog when the team never saved one', () => {
    expect(readStatusCatalog(undefined)).toEqual({ catalog: defaultStatusCatalog(), editable: true, problems: [] });
    expect(readStatusCatalog(null).catalog.initialStatusId).toBe(NOT_COLLABORATED_ID);
  });

  it('reads a stored catalog as an object or as its JSON text', () => {
    expect(readStatusCatalog(custom)).toEqual({ catalog: custom, editable: true, problems: [] });
    expect(readStatusCatalog(JSON.stringify(custom))).toEqual({ catalog: custom, editable: true, problems: [] });
  });

  it.each([
    ['{not json', /not valid JSON/],
    [[1, 2], /not an object/],
    [{ statuses: [] }, /no valid version/],
    [{ version: 0.5, statuses: [] }, /no valid version/],
    [{ ...custom, initialStatusId: 'contract_sent' }, /active Influencer status/],
  ])('falls back to the predefined catalog, editable, and says why: %j', (value, problem) => {
    const read = readStatusCatalog(value);
    expect(read.catalog).toEqual(defaultStatusCatalog());
    expect(read.editable).toBe(true);
    expect(read.problems.join('\n')).toMatch(problem);
  });

  it('reads a catalog from a newer app version but refuses to let this version overwrite it', () => {
    const newer = { ...custom, version: STATUS_CATALOG_VERSION + 1 };
    const read = readStatusCatalog(newer);
    expect(read.catalog).toEqual(custom);
    expect(read.editable).toBe(false);
    expect(read.problems[0]).toMatch(/newer version of the app/);
    // …and when its format cannot be read at all, still refuses to overwrite it.
    const unreadable = readStatusCatalog({ version: STATUS_CATALOG_VERSION + 1, groups: {} });
    expect(unreadable).toMatchObject({ catalog: defaultStatusCatalog(), editable: false });
  });
});

describe('status catalog migrations', () => {
  it('has one step per stored version, none beyond', () => {
    const steps = Object.keys(statusCatalogMigrations).map(Number).sort((a, b) => a - b);
    expect(steps).toEqual(Array.from({ length: STATUS_CATALOG_VERSION - 1 }, (_, i) => i + 2));
  });
});

describe('normaliseStatusCatalog', () => {
  it('adds predefined statuses a stored catalog lacks at the end of their group', () => {
    const old: StatusCatalog = { ...custom, statuses: custom.statuses.filter((s) => s.id !== 'paid_fully' && s.id !== 'content_posted') };
    const statuses = normaliseStatusCatalog(old).statuses;
    expect(statuses.map((s) => s.id)).toEqual([...old.statuses.map((s) => s.id).slice(0, 12), 'content_posted', ...old.statuses.map((s) => s.id).slice(12), 'paid_fully']);
    expect(statuses).toHaveLength(PREDEFINED_STATUSES.length + 1);
  });

  it('takes predefined labels from the code and keeps a dropped predefined status as retired', () => {
    const stored: StatusCatalog = {
      ...custom,
      statuses: [...custom.statuses.map((s) => (s.id === 'contacted' ? { ...s, label: 'Old label' } : s)), { ...vip, id: 'on_hold', label: 'On hold', predefined: true }],
    };
    const normalised = normaliseStatusCatalog(stored);
    expect(normalised.statuses.find((s) => s.id === 'contacted')?.label).toBe('Contacted');
    expect(normalised.statuses.find((s) => s.id === 'on_hold')).toMatchObject({ predefined: false, retired: true, label: 'On hold' });
  });
});
