import { describe, expect, it } from 'vitest';
import { defaultDataManagementSettings } from '../permissions/dataManagementSettings';
import { defaultStatusCatalog } from '../statuses/statusCatalog';
import { settingProblems } from './settingKeys';

describe('settingProblems', () => {
  it('accepts the known settings with values of their shape', () => {
    expect(settingProblems({ id: 'data_management', value: defaultDataManagementSettings() })).toEqual([]);
    expect(settingProblems({ id: 'status_catalog', value: defaultStatusCatalog() })).toEqual([]);
  });

  it('refuses unknown keys, inherited names included', () => {
    expect(settingProblems({ id: 'theme', value: {} })).toEqual(['id: "theme" is not a team setting (data_management, status_catalog)']);
    expect(settingProblems({ id: 'constructor', value: {} })).toHaveLength(1);
  });

  it('names what is wrong inside the value', () => {
    const settings = defaultDataManagementSettings();
    const value = { ...settings, grants: { ...settings.grants, link: { ...settings.grants.link, admins: 1 } }, extra: true };
    expect(settingProblems({ id: 'data_management', value }).sort()).toEqual(['value.extra: unknown field', 'value.grants.link.admins: must be a boolean']);
    expect(settingProblems({ id: 'data_management', value: [] })).toEqual(['value: must be an object']);
  });
});
