import { describe, expect, it } from 'vitest';
import { validateDocument } from '../schemas/validateDocument';
import { dataManagementValueSchema, defaultDataManagementSettings } from './dataManagementSettings';
import { readDataManagementSettings } from './readDataManagementSettings';
import { settingsGranting } from './permissionTestFixtures';

describe('readDataManagementSettings', () => {
  it('reads nothing stored as the default, which grants nothing', () => {
    expect(readDataManagementSettings(undefined)).toEqual({ settings: defaultDataManagementSettings(), problems: [] });
    expect(readDataManagementSettings(null)).toEqual({ settings: defaultDataManagementSettings(), problems: [] });
  });

  it('reads stored grants', () => {
    const stored = settingsGranting('archive', { admins: true, liaisonGroupLeader: true });
    expect(readDataManagementSettings(structuredClone(stored))).toEqual({ settings: stored, problems: [] });
  });

  it('falls back to the strictest settings, saying why, when the value cannot be read', () => {
    const stored = settingsGranting('status', { allMembers: true });
    const broken = { ...stored, grants: { ...stored.grants, status: { allMembers: 'yes' } } };
    const read = readDataManagementSettings(broken);
    expect(read.settings).toEqual(defaultDataManagementSettings());
    expect(read.problems).toEqual(expect.arrayContaining(['grants.status.allMembers: must be a boolean', 'grants.status.admins: is required']));
    expect(readDataManagementSettings({ ...stored, version: 2 }).problems).toEqual(['version: 2 is not known to this version of the app']);
    expect(readDataManagementSettings('text').problems).toEqual(['document: must be an object']);
  });

  it('the default matches its own schema', () => {
    expect(validateDocument(dataManagementValueSchema, defaultDataManagementSettings())).toEqual({ ok: true });
    expect(validateDocument(dataManagementValueSchema, { ...defaultDataManagementSettings(), extra: 1 })).toEqual({ ok: false, errors: ['unknown field "extra"'] });
  });
});
